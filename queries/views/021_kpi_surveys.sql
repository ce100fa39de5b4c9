-- One row per survey response that counts in KPIs, with the dimensions of the ticket it is about (so that
-- CSAT, NPS and CES split by channel, category, priority and team). A response about a deleted ticket
-- does not count; a response without a ticket counts, with no ticket dimensions.
CREATE OR REPLACE VIEW kpi_surveys AS
SELECT s.source, s.response_id, s.survey, s.score, s.scale_max, s.responded_at,
       timezone((SELECT reporting_time_zone FROM kpi_settings), s.responded_at) AS responded_local,
       s.ticket_id, s.customer_id,
       coalesce(s.agent_id, t.agent_id) AS agent_id,
       t.channel, t.category, t.priority, t.team
FROM surveys s
LEFT JOIN tickets t ON t.source = s.source AND t.ticket_id = s.ticket_id
WHERE t.status IS DISTINCT FROM 'deleted';

COMMENT ON VIEW kpi_surveys IS 'One row per survey response that counts in KPIs (responses about deleted tickets left out), with the dimensions of its ticket.';
COMMENT ON COLUMN kpi_surveys.source IS 'Source name (surveys.source).';
COMMENT ON COLUMN kpi_surveys.response_id IS 'Response id; unique per source.';
COMMENT ON COLUMN kpi_surveys.survey IS 'csat, nps or ces.';
COMMENT ON COLUMN kpi_surveys.score IS 'The answer on its scale.';
COMMENT ON COLUMN kpi_surveys.scale_max IS 'Top of the scale; CSAT counts scores of scale_max - 1 and above as satisfied.';
COMMENT ON COLUMN kpi_surveys.responded_at IS 'When answered (instant); survey KPIs count here.';
COMMENT ON COLUMN kpi_surveys.responded_local IS 'responded_at as wall-clock time in the reporting time zone (periods are cut on these).';
COMMENT ON COLUMN kpi_surveys.ticket_id IS 'Ticket the response is about, when known.';
COMMENT ON COLUMN kpi_surveys.customer_id IS 'Customer who answered, when known.';
COMMENT ON COLUMN kpi_surveys.agent_id IS 'Agent the response is about: as given, else the ticket''s assignee (dimension "agent").';
COMMENT ON COLUMN kpi_surveys.channel IS 'Channel of the ticket (dimension "channel").';
COMMENT ON COLUMN kpi_surveys.category IS 'Category of the ticket (dimension "category").';
COMMENT ON COLUMN kpi_surveys.priority IS 'Priority of the ticket (dimension "priority").';
COMMENT ON COLUMN kpi_surveys.team IS 'Team of the ticket (dimension "team").';
