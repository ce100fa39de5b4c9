-- One row per warehouse table and source: how many rows it holds (surveys split by survey kind).
SELECT 'tickets' AS "table", source, count(*) AS "rows" FROM tickets GROUP BY ALL
UNION ALL
SELECT 'surveys', source || ' ' || survey, count(*) FROM surveys GROUP BY ALL
UNION ALL
SELECT 'customers', source, count(*) FROM customers GROUP BY ALL
UNION ALL
SELECT 'ticket_events', source, count(*) FROM ticket_events GROUP BY ALL
UNION ALL
SELECT 'quarantine', source, count(*) FROM quarantine GROUP BY ALL
ORDER BY 1, 2;
