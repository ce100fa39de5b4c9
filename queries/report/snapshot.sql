-- One row per ticket of kpi_tickets (report_kpi_tickets) and per response of kpi_surveys (report_kpi_surveys) that can count in a period between the local dates $from and $to, exactly as the views compute them, kept for one report session.
-- A report calls kpi() and the report queries a dozen times, all for periods between $from and $to; each
-- call would otherwise work out every ticket's first response, business minutes and SLA verdict again
-- and group two years of tickets (about 1 s a call over 1M tickets).
--
-- Left out are only rows that cannot change a figure of such a period:
--   a ticket whose created, first response and solve instants all fall before $from: it was created and
--     solved before the first period, so it adds +1 and -1 to the backlog before it (net 0) and counts in
--     no period; a ticket not yet solved, or solved or answered from $from on, is kept;
--   a ticket created after $to: every event of it is after the last period;
--   a survey response answered outside $from..$to.
-- (With a dimension, a value seen only in left-out rows would have had a row of zeros, which kpi() drops.)
-- The temporary views shadow the definitions for this session only; snapshot_drop.sql removes them.
CREATE OR REPLACE TEMP TABLE report_kpi_tickets AS
SELECT * FROM kpi_tickets
WHERE created_local < CAST($to AS DATE) + 1
  AND (solved_at IS NULL
       OR solved_local >= CAST($from AS DATE)
       OR created_local >= CAST($from AS DATE)
       OR first_response_counted_local >= CAST($from AS DATE));
CREATE OR REPLACE TEMP TABLE report_kpi_surveys AS
SELECT * FROM kpi_surveys
WHERE responded_local >= CAST($from AS DATE) AND responded_local < CAST($to AS DATE) + 1;
CREATE OR REPLACE TEMP VIEW kpi_tickets AS SELECT * FROM report_kpi_tickets;
CREATE OR REPLACE TEMP VIEW kpi_surveys AS SELECT * FROM report_kpi_surveys;
