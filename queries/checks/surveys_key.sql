-- Each survey response once: a (source, response_id) with more than one row (queries/schema/001_core_tables.sql).
-- Zero rows when fine.
SELECT source, response_id, count(*) AS rows
FROM surveys
GROUP BY source, response_id
HAVING count(*) > 1;
