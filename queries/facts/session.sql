-- A session whose settings differ from those the stored rows were computed with (a --timezone, a changed
-- configuration): the same rows for this session only, as temporary tables that hide the stored ones.
CREATE OR REPLACE TEMP TABLE kpi_tickets AS SELECT * FROM kpi_tickets_live();
CREATE OR REPLACE TEMP TABLE kpi_surveys AS SELECT * FROM kpi_surveys_live();
