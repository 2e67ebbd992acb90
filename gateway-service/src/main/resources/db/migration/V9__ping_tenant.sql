-- A ping belongs to the tenant that sent it: another tenant's key reads 404 (before, any key read any ping).
-- Pings from before this column have no tenant and are readable by nobody; they are diagnostics, not data.
ALTER TABLE ping_view ADD COLUMN tenant_id TEXT;
