-- The public API spells it CANCELED (order status) and CANCELED_BEFORE_PAYMENT (cancellation cause) now.
-- A row a pod of the previous release projects during the rolling update is respelled when read.
UPDATE order_view SET status = 'CANCELED' WHERE status = 'CANCELLED';
UPDATE order_view SET cancel_cause = 'CANCELED_BEFORE_PAYMENT' WHERE cancel_cause = 'CANCELLED_BEFORE_PAYMENT';
