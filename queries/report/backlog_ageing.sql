-- The backlog at the end of the local day $to (a period's end: the same tickets as the KPI table's backlog_end,
-- docs/kpis.md) by age, whole days since created: 0-2, 3-7, 8-30 and over 30; and the oldest open ticket.
WITH bounds AS (
    SELECT last_period_end(CAST($to AS DATE), 'day') AS at_end
),
open_tickets AS (
    SELECT k.source, k.ticket_id, k.created_at,
           (epoch_us(b.at_end) - epoch_us(k.created_at)) // 86400000000 AS age_days
    FROM kpi_tickets k, bounds b
    WHERE k.created_at < b.at_end
      AND can_be_open(k.status, k.solved_at)
      AND (k.solved_at IS NULL OR k.solved_at >= b.at_end)
)
SELECT count(*) FILTER (WHERE age_days <= 2) AS days_0_2,
       count(*) FILTER (WHERE age_days BETWEEN 3 AND 7) AS days_3_7,
       count(*) FILTER (WHERE age_days BETWEEN 8 AND 30) AS days_8_30,
       count(*) FILTER (WHERE age_days > 30) AS days_over_30,
       arg_min(source, (created_at, source, ticket_id)) AS oldest_source,
       arg_min(ticket_id, (created_at, source, ticket_id)) AS oldest_ticket_id,
       min(created_at) AS oldest_created_at,
       max(age_days) AS oldest_age_days
FROM open_tickets;
