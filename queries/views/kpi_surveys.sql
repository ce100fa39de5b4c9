-- kpi_surveys_live([only_file := SHA-256]): one row per survey response that counts in KPIs, with the dimensions
-- of the ticket it is about (so that CSAT, NPS and CES split by channel, category, priority and team). A
-- response about a deleted ticket does not count; a response without a ticket counts, with no ticket dimensions.
-- Its rows are stored as the table kpi_surveys, kept by the ingest (docs/kpis.md, "Stored per-ticket rows").
-- With only_file, only the responses that export file wrote and those about a ticket it wrote or sent events for;
-- the tickets it wrote are read from file_rows (as in kpi_tickets_live()).
CREATE OR REPLACE MACRO kpi_surveys_live(only_file := NULL, file_rows := 'tickets') AS TABLE
WITH survey_rows AS (
    SELECT * FROM surveys WHERE only_file IS NULL
    UNION ALL
    SELECT s.* FROM surveys s
    WHERE only_file IS NOT NULL
      AND (s.ingest_file_sha256 = only_file
           OR EXISTS (SELECT 1 FROM file_tickets(only_file, file_rows := file_rows) x WHERE x.source = s.source AND x.ticket_id = s.ticket_id))
)
SELECT s.source, s.response_id, s.survey, s.score, s.scale_max, s.responded_at,
       wall_clock(s.responded_at, o.offset_us, o.changes) AS responded_local,
       s.ticket_id, s.customer_id,
       coalesce(s.agent_id, t.agent_id) AS agent_id,
       t.channel, t.category, t.priority, t.team,
       -- the tone of the response's comment as last scored (docs/voc.md); kept up to date by the scoring after each ingest
       cs.label AS sentiment
FROM survey_rows s
-- the wall-clock time in the reporting zone: the instant plus the zone's offset at it (zone_days)
LEFT JOIN (SELECT d.day, d.offset_us, d.changes FROM zone_days d, kpi_settings k WHERE d.zone = k.reporting_time_zone) o
       ON o.day = utc_day(s.responded_at)
LEFT JOIN tickets t ON t.source = s.source AND t.ticket_id = s.ticket_id
LEFT JOIN comment_sentiments cs ON cs.source = s.source AND cs.response_id = s.response_id
WHERE t.status IS DISTINCT FROM 'deleted';

