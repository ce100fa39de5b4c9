-- One row per source with a ticket created from the previous period's first local day ($from) to the reported
-- period's last ($to): whether it covers both periods whole (changes compare those only) and, if not, why
-- (docs/report.md, "Like for like").
SELECT s.source, s.covers, s.first_at, s.last_at, s.left_out
FROM kpi_settings z,
     compared_sources(timezone(z.reporting_time_zone, CAST(CAST($from AS DATE) AS TIMESTAMP)),
                      timezone(z.reporting_time_zone, CAST(CAST($to AS DATE) + 1 AS TIMESTAMP)),
                      z.reporting_time_zone) s
ORDER BY s.source;
