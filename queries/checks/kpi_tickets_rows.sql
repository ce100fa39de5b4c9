-- The stored per-ticket rows are those of every ticket that counts, once (docs/kpis.md, "Stored per-ticket rows"):
-- a ticket not deleted without a row of kpi_tickets, or a row of kpi_tickets with no such ticket. Zero rows when fine.
SELECT coalesce(t.source, k.source) AS source, coalesce(t.ticket_id, k.ticket_id) AS ticket_id,
       CASE WHEN k.ticket_id IS NULL THEN 'no row in kpi_tickets' ELSE 'a row in kpi_tickets but no ticket that counts' END AS problem
FROM (SELECT source, ticket_id FROM tickets WHERE status IS DISTINCT FROM 'deleted') t
FULL JOIN kpi_tickets k ON k.source = t.source AND k.ticket_id = t.ticket_id
WHERE t.ticket_id IS NULL OR k.ticket_id IS NULL;
