-- The last rowid of kpi_tickets (NULL when it is empty): the rows the update of a file appends come after it
-- (queries/facts/update.sql).
SELECT max(rowid) FROM kpi_tickets;
