-- One row per source with tickets: is its feed current at $now? Its newest ticket, how long it has been quiet,
-- and its longest quiet stretch of the 8 weeks up to its newest ticket (coverage.quiet_stretch). A feed is stale
-- when it has been quiet for longer than that stretch and for more than two days (a daily export, a weekend or
-- a public holiday is not a stopped feed). docs/kpis.md, "Coverage".
SELECT source,
       last_at AS newest_ticket_at,
       to_microseconds(CAST(greatest(epoch_us(CAST($now AS TIMESTAMPTZ)) - epoch_us(last_at), 0) AS BIGINT)) AS quiet_for,
       quiet_stretch AS longest_quiet,
       CASE WHEN epoch_us(CAST($now AS TIMESTAMPTZ)) - epoch_us(last_at) > greatest(epoch(quiet_stretch) * 1e6, 2 * 86400e6)
            THEN 'stale' ELSE 'current' END AS state
FROM coverage
WHERE kind = 'tickets'
ORDER BY source;
