-- One row per source with tickets: is its feed current at $now? Its newest ticket, how long it has been quiet,
-- and the longest quiet stretch between its tickets over the 8 weeks up to its newest one. A feed is stale when
-- it has been quiet for longer than that stretch and for more than two days (a daily export, a weekend or a
-- public holiday is not a stopped feed). docs/kpis.md, "Coverage".
WITH spans AS (
    SELECT source, last_at FROM coverage WHERE kind = 'tickets'
),
recent AS (
    SELECT t.source,
           epoch_us(t.created_at) - lag(epoch_us(t.created_at)) OVER (PARTITION BY t.source ORDER BY t.created_at) AS gap_us
    FROM tickets t
    JOIN spans s ON s.source = t.source AND t.created_at >= s.last_at - INTERVAL 56 DAY
),
longest AS (
    SELECT source, coalesce(max(gap_us), 0) AS longest_us FROM recent GROUP BY source
)
SELECT s.source,
       s.last_at AS newest_ticket_at,
       to_microseconds(CAST(greatest(epoch_us(CAST($now AS TIMESTAMPTZ)) - epoch_us(s.last_at), 0) AS BIGINT)) AS quiet_for,
       to_microseconds(CAST(l.longest_us AS BIGINT)) AS longest_quiet,
       epoch_us(CAST($now AS TIMESTAMPTZ)) - epoch_us(s.last_at) > greatest(l.longest_us, 2 * 86400e6) AS stale
FROM spans s
JOIN longest l USING (source)
ORDER BY s.source;
