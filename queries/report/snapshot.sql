-- One row per ticket (report_kpi_tickets) and survey response (report_kpi_surveys) exactly as the views kpi_tickets and kpi_surveys compute them, kept for one report session.
-- A report calls kpi() and the report queries a dozen times; each call would otherwise work out every
-- ticket's first response, business minutes and SLA verdict again (about 1 s per call on 1M tickets).
-- The temporary views shadow the definitions for this session only, and read the same rows, so every figure
-- still comes from the one definition; queries/report/snapshot_drop.sql puts the definitions back.
CREATE OR REPLACE TEMP TABLE report_kpi_tickets AS SELECT * FROM kpi_tickets;
CREATE OR REPLACE TEMP TABLE report_kpi_surveys AS SELECT * FROM kpi_surveys;
CREATE OR REPLACE TEMP VIEW kpi_tickets AS SELECT * FROM report_kpi_tickets;
CREATE OR REPLACE TEMP VIEW kpi_surveys AS SELECT * FROM report_kpi_surveys;
