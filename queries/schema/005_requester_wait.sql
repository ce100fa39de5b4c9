-- Requester wait: how long a ticket waited on support, as the help desk computed it (Zendesk's
-- "Requester wait time in minutes" and "... within business hours"). The average wait time KPI (awt_*)
-- uses it, and falls back to the ticket's status events when a source does not give it.

ALTER TABLE tickets ADD COLUMN requester_wait_minutes DOUBLE;
ALTER TABLE tickets ADD COLUMN requester_wait_business_minutes DOUBLE;
COMMENT ON COLUMN tickets.requester_wait_minutes IS 'Time the ticket waited on support (status new or open) computed by the source, calendar minutes.';
COMMENT ON COLUMN tickets.requester_wait_business_minutes IS 'Time the ticket waited on support computed by the source, business minutes (its own schedule).';
