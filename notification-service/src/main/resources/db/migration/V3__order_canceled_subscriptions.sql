-- order.cancelled is order.canceled now (one spelling in the public API). Endpoints subscribed to the old
-- name also subscribe to the new one; the old name stays beside it because pods of the previous release,
-- still running during a rolling update, match events by it. This release reads either as order.canceled
-- and writes only the new name when an endpoint is saved.
UPDATE webhook_endpoint
   SET event_types = event_types || ' order.canceled'
 WHERE ' ' || event_types || ' ' LIKE '% order.cancelled %'
   AND ' ' || event_types || ' ' NOT LIKE '% order.canceled %';
