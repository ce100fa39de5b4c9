-- kpi(from_date, to_date, grain, dim, hours): the KPI table of docs/kpis.md, one row per period (and value of
-- dimension dim), columns in the order of the spec. The single definition behind `analytics kpi`, the
-- report and the kpi_daily / kpi_weekly / kpi_monthly views.
--
--   from_date, to_date  local dates in the reporting time zone, to_date inclusive; every period that
--                       contains one of these dates is reported whole (a week is always Monday 00:00 to
--                       Monday 00:00 local, whatever DST does in between)
--   grain               'day', 'week' (ISO) or 'month'
--   dim                 NULL, or a dimension of dimension_value() (dimensions.sql)
--   hours               'calendar' or 'business': the basis of every duration column (the SLA columns
--                       always use the basis of their targets). A ticket whose source gives a duration
--                       only on the other basis counts with that value (on_basis(), duration_basis.sql);
--                       frt_basis and awt_basis say which basis a row's first-response and wait figures are on
--   sources             optional (sources := ['helpdesk']): only these sources' tickets and surveys, for
--                       comparisons like for like (docs/kpis.md, "Coverage"); customers (retention) are not
--                       per source and always all count
--
-- Every row says how far the data covers its period (coverage: complete, partial or empty, and
-- coverage_share), by period_coverage() of coverage.sql; by source, each source's own coverage.
--
-- Each KPI counts in the period of its closing event (kpi_tickets has the instants): volume at created_at,
-- first response at first_response_counted_at, resolution / FCR / zero-touch / reopen / wait at solved_at, surveys at
-- responded_at; backlog is the state at the period's end. Rates and means of nothing are NULL.
-- Means and percentiles of durations are of whole microseconds (exact integer sums), so that they come out the same
-- to the last digit however DuckDB splits the work between threads.
--
--   SELECT * FROM kpi('2026-11-01', '2026-11-30', 'week', 'category', 'business');
-- first_period_start(from_date, grain), last_period_end(to_date, grain): the instants kpi()'s periods run between, the
-- first one's start and the last one's end (those of local_periods() in the reporting zone). Constants when the dates
-- and grain are (reporting_zone(), queries/settings/reporting_zone.sql): DuckDB checks them in each scan, as filters
-- and against each row group, where a row of bounds would have to be joined to every row read.
CREATE OR REPLACE MACRO first_period_start(from_date, grain) AS
    timezone(reporting_zone(), CAST(periods_first_day(from_date, grain) AS TIMESTAMP));
CREATE OR REPLACE MACRO last_period_end(to_date, grain) AS
    timezone(reporting_zone(), CAST(periods_end_day(to_date, grain) AS TIMESTAMP));

CREATE OR REPLACE MACRO kpi(from_date, to_date, grain, dim, hours, sources := NULL) AS TABLE
WITH args AS (
    SELECT reporting_zone() AS tz,
           -- a dimension is one dimension_value() knows (dimensions.sql)
           CASE WHEN dim IS NULL OR dimension_value(dim, true, true, true, true, true, true) THEN dim
                ELSE error('kpi(): dim must be NULL, channel, category, priority, team, agent or source, not ' || dim) END AS dimension,
           CASE WHEN hours IN ('calendar', 'business') THEN hours
                ELSE error('kpi(): hours must be calendar or business, not ' || coalesce(CAST(hours AS VARCHAR), 'NULL')) END AS basis
),
periods AS (
    SELECT p.period_key, p.period_start, p.period_end, period_coverage(p.period_start, p.period_end, sources) AS covered
    FROM local_periods(from_date, to_date,
                       CASE WHEN grain IN ('day', 'week', 'month') THEN grain
                            ELSE error('kpi(): grain must be day, week or month, not ' || coalesce(CAST(grain AS VARCHAR), 'NULL')) END,
                       reporting_zone()) p
),
t AS NOT MATERIALIZED (
    -- the stored rows with the columns the KPIs read. Not materialised: each grouping below reads the table itself,
    -- only the columns it needs and, by its own range of instants, only the row groups that can hold them: the table
    -- is in order of creation, and the bounds by date (earliest_instant, latest_instant) are constants DuckDB checks
    -- against each row group's minimum and maximum (docs/performance.md). The dimension, grain and hours are
    -- the macro's own arguments here (checked in args), so that a constant folds and a table without a dimension
    -- reads none of the dimension columns. Durations are whole microseconds: means and percentiles of integers come
    -- out the same to the last digit however DuckDB splits the work between threads, and cost less.
    SELECT k.status, k.created_at, k.solved_at, k.first_response_counted_at, k.agent_replies, k.reopens, k.frt_sla_met, k.sentiment,
           dimension_value(dim, k.channel, k.category, k.priority, k.team, k.agent_id, k.source) AS value,
           CAST(date_trunc(grain, k.created_local) AS DATE) AS created_key,
           CAST(date_trunc(grain, k.first_response_counted_local) AS DATE) AS first_response_key,
           CAST(date_trunc(grain, k.solved_local) AS DATE) AS solved_key,
           whole_us(on_basis(hours, k.frt_minutes, k.frt_business_minutes)) AS frt_us,
           on_other_basis(hours, k.frt_minutes, k.frt_business_minutes) AS frt_other,
           -- a solved ticket has both resolution values (business ones are computed when not given)
           whole_us(on_basis(hours, k.resolution_minutes, k.resolution_business_minutes)) AS resolution_us,
           whole_us(on_basis(hours, k.awt_minutes, k.awt_business_minutes)) AS awt_us,
           on_other_basis(hours, k.awt_minutes, k.awt_business_minutes) AS awt_other
    FROM kpi_tickets k
    WHERE (SELECT basis FROM args) IS NOT NULL -- the check of the hours asked for
      AND (sources IS NULL OR list_contains(sources, k.source))
      AND k.created_at < latest_instant(periods_end_day(to_date, grain))
),
sv AS (
    SELECT s.survey, s.score, s.scale_max,
           dimension_value(dim, s.channel, s.category, s.priority, s.team, s.agent_id, s.source) AS value,
           CAST(date_trunc(grain, s.responded_local) AS DATE) AS period_key,
           s.sentiment
    FROM kpi_surveys s
    WHERE (sources IS NULL OR list_contains(sources, s.source))
      AND s.responded_at >= first_period_start(from_date, grain) AND s.responded_at < last_period_end(to_date, grain)
),
created AS (
    -- with the tickets that can be open, for the backlog
    SELECT created_key AS period_key, value, count(*) AS tickets_created,
           count(*) FILTER (WHERE can_be_open(status, solved_at)) AS opened,
           -- the tickets whose tone is known, and the negative ones (docs/voc.md, "Negative share")
           count(sentiment) AS toned, count(*) FILTER (WHERE sentiment = 'negative') AS negative
    FROM t
    WHERE t.created_at >= earliest_instant(periods_first_day(from_date, grain))
      AND t.created_at >= first_period_start(from_date, grain) AND t.created_at < last_period_end(to_date, grain)
    GROUP BY ALL
),
solved AS (
    SELECT solved_key AS period_key, value,
           count(*) AS tickets_solved,
           count(resolution_us) AS resolution_n,
           avg(resolution_us) / 60e6 / 60 AS mttr_hours,
           quantile_cont(resolution_us, [0.5, 0.9]) AS resolution_q,
           -- FCR is over the tickets an agent answered: one solved with no agent reply (auto-closed,
           -- merged, spam, answered elsewhere) was not resolved at first contact; it is zero-touch
           count(*) FILTER (WHERE agent_replies >= 1) AS fcr_n,
           100.0 * count(*) FILTER (WHERE agent_replies = 1 AND coalesce(reopens, 0) = 0)
                 / nullif(count(*) FILTER (WHERE agent_replies >= 1), 0) AS fcr_pct,
           count(agent_replies) AS zero_touch_n,
           100.0 * count(*) FILTER (WHERE agent_replies = 0) / nullif(count(agent_replies), 0) AS zero_touch_pct,
           100.0 * count(*) FILTER (WHERE coalesce(reopens, 0) > 0) / count(*) AS reopen_pct,
           count(awt_us) AS awt_n,
           avg(awt_us) / 60e6 AS awt_mean_min,
           quantile_cont(awt_us, 0.5) / 60e6 AS awt_median_min,
           basis_summary(hours, awt_other) AS awt_basis
    FROM t
    WHERE t.solved_at >= earliest_instant(periods_first_day(from_date, grain))
      AND t.solved_at >= first_period_start(from_date, grain) AND t.solved_at < last_period_end(to_date, grain)
      AND t.created_at < last_period_end(to_date, grain) -- a ticket created after the periods counts in none of them
    GROUP BY ALL
),
responded AS (
    SELECT first_response_key AS period_key, value,
           count(*) AS frt_n,
           quantile_cont(frt_us, [0.5, 0.9]) AS frt_q,
           avg(frt_us) / 60e6 AS frt_mean_min,
           basis_summary(hours, frt_other) AS frt_basis,
           count(frt_sla_met) AS frt_sla_n,
           100.0 * count(*) FILTER (WHERE frt_sla_met) / nullif(count(frt_sla_met), 0) AS frt_sla_pct
    FROM t
    WHERE t.first_response_counted_at >= earliest_instant(periods_first_day(from_date, grain))
      AND t.first_response_counted_at >= first_period_start(from_date, grain) AND t.first_response_counted_at < last_period_end(to_date, grain)
      AND t.created_at < last_period_end(to_date, grain)
    GROUP BY ALL
),
rated AS (
    SELECT period_key, value,
           count(*) FILTER (WHERE survey = 'csat') AS csat_n,
           100.0 * count(*) FILTER (WHERE survey = 'csat' AND csat_satisfied(score, scale_max))
                 / nullif(count(*) FILTER (WHERE survey = 'csat'), 0) AS csat_pct,
           count(*) FILTER (WHERE survey = 'nps') AS nps_n,
           100.0 * (count(*) FILTER (WHERE survey = 'nps' AND nps_bucket(score) = 'promoter')
                    - count(*) FILTER (WHERE survey = 'nps' AND nps_bucket(score) = 'detractor'))
                 / nullif(count(*) FILTER (WHERE survey = 'nps'), 0) AS nps,
           count(*) FILTER (WHERE survey = 'ces') AS ces_n,
           avg(score) FILTER (WHERE survey = 'ces') AS ces_mean,
           100.0 * count(*) FILTER (WHERE survey = 'ces' AND score >= 5)
                 / nullif(count(*) FILTER (WHERE survey = 'ces'), 0) AS ces_easy_pct,
           -- the comments whose tone is known, and the negative ones
           count(sentiment) AS toned, count(*) FILTER (WHERE sentiment = 'negative') AS negative
    FROM sv GROUP BY ALL
),
every_ticket AS NOT MATERIALIZED (
    -- every stored row of the sources asked for, for the backlog before the first period without a dimension (t leaves
    -- out the tickets created after the last period, whose solves before it do not close a ticket)
    SELECT k.status, k.created_at, k.solved_at,
           dimension_value(dim, k.channel, k.category, k.priority, k.team, k.agent_id, k.source) AS value
    FROM kpi_tickets k
    WHERE (sources IS NULL OR list_contains(sources, k.source))
),
backlog_before AS (
    -- the backlog when the first period starts: tickets created before it that can be open, less the tickets solved
    -- before it (whenever created, as long as before the last period ends: a solve recorded before its ticket's
    -- creation still closes it). Without a dimension, the whole UTC days before the one the first period starts in
    -- are added up from kpi_ticket_days (kpi_ticket_days.sql), a row per day and source, and the rest is counted from
    -- the rows: the tickets created and solved in that day before the start, and, taken back, those solved before
    -- the start but created after the last period ends. By a dimension, two counts of the rows. Each count of rows
    -- is by a range DuckDB checks against row groups.
    SELECT value, sum(n) AS open
    FROM (SELECT NULL AS value, sum(d.opened - d.solved) AS n
          FROM kpi_ticket_days d
          WHERE dim IS NULL
            AND (sources IS NULL OR list_contains(sources, d.source))
            AND d.day < utc_day(first_period_start(from_date, grain))
          GROUP BY ALL
          UNION ALL
          SELECT value, count(*) FILTER (WHERE can_be_open(status, solved_at))
          FROM every_ticket
          WHERE dim IS NULL
            AND created_at >= utc_day_start(first_period_start(from_date, grain))
            AND created_at < first_period_start(from_date, grain)
          GROUP BY value
          UNION ALL
          SELECT value, -count(*)
          FROM every_ticket
          WHERE dim IS NULL
            AND solved_at >= utc_day_start(first_period_start(from_date, grain))
            AND solved_at < first_period_start(from_date, grain) AND created_at IS NOT NULL
          GROUP BY value
          UNION ALL
          SELECT value, count(*)
          FROM every_ticket
          WHERE dim IS NULL
            AND solved_at < first_period_start(from_date, grain) AND created_at >= last_period_end(to_date, grain)
          GROUP BY value
          UNION ALL
          SELECT value, count(*) FILTER (WHERE can_be_open(status, solved_at))
          FROM t
          WHERE dim IS NOT NULL
            AND t.created_at < latest_instant(periods_first_day(from_date, grain)) AND t.created_at < first_period_start(from_date, grain)
          GROUP BY value
          UNION ALL
          SELECT value, -count(*)
          FROM t
          WHERE dim IS NOT NULL
            AND t.solved_at < latest_instant(periods_first_day(from_date, grain)) AND t.solved_at < first_period_start(from_date, grain)
            AND t.created_at < last_period_end(to_date, grain)
          GROUP BY value)
    GROUP BY value
),
grid AS (
    -- a row per period (and value); by source, each source's own coverage of the period
    SELECT p.* REPLACE (CASE WHEN (SELECT dimension FROM args) = 'source' THEN period_coverage(p.period_start, p.period_end, [v.value])
                             ELSE p.covered END AS covered),
           v.value
    FROM periods p
    CROSS JOIN (SELECT value FROM created UNION SELECT value FROM solved UNION SELECT value FROM responded
                UNION SELECT value FROM backlog_before UNION SELECT value FROM sv UNION SELECT NULL) v
    WHERE (SELECT dimension FROM args) IS NOT NULL OR v.value IS NULL
),
backlog_moves AS (
    -- within the periods, +1 per ticket that can be open in the period it is created, -1 per ticket solved: the
    -- running sum at a period's end is the backlog
    SELECT period_key, value, opened AS delta FROM created
    UNION ALL
    SELECT period_key, value, -tickets_solved FROM solved
),
backlog AS (
    SELECT g.period_key, g.value,
           CAST(coalesce(before.open, 0)
                + sum(coalesce(moves.delta, 0)) OVER (PARTITION BY g.value ORDER BY g.period_key) AS BIGINT) AS backlog_end
    FROM grid g
    LEFT JOIN backlog_before before ON before.value IS NOT DISTINCT FROM g.value
    LEFT JOIN (SELECT period_key, value, sum(delta) AS delta FROM backlog_moves GROUP BY ALL) moves
           ON moves.period_key = g.period_key AND moves.value IS NOT DISTINCT FROM g.value
),
customer_moves AS (
    -- the period a customer joins in and the one it churns in, by its wall-clock time (zone_days, as the stored
    -- ticket rows); moves outside the periods have no row here
    SELECT CAST(date_trunc(grain, wall_clock(m.at, d.offset_us, d.changes)) AS DATE) AS period_key, m.joined, m.churned
    FROM (SELECT c.created_at AS at, 1 AS joined, 0 AS churned
          FROM customers c
          WHERE c.created_at >= first_period_start(from_date, grain) AND c.created_at < last_period_end(to_date, grain)
          UNION ALL
          SELECT greatest(c.churned_at, c.created_at), 0, 1
          FROM customers c
          WHERE c.churned_at IS NOT NULL
            AND greatest(c.churned_at, c.created_at) >= first_period_start(from_date, grain) AND greatest(c.churned_at, c.created_at) < last_period_end(to_date, grain)) m
    LEFT JOIN zone_days d ON d.zone = (SELECT tz FROM args) AND d.day = utc_day(m.at)
),
customers_before AS (
    -- customers active when the first period starts: joined before it, and not churned before it
    SELECT count(*) FILTER (WHERE c.created_at < first_period_start(from_date, grain))
           - count(*) FILTER (WHERE c.churned_at IS NOT NULL AND greatest(c.churned_at, c.created_at) < first_period_start(from_date, grain)) AS active
    FROM customers c
),
customers_at AS (
    -- s = customers at the period's start (created before it, not churned before it), n = created in it,
    -- e = customers at its end = s + n - churned in it
    SELECT p.period_key,
           coalesce(before.active, 0)
             + coalesce(sum(coalesce(moves.joined, 0) - coalesce(moves.churned, 0))
                        OVER (ORDER BY p.period_key ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS s,
           coalesce(moves.joined, 0) AS n,
           coalesce(moves.churned, 0) AS churned
    FROM periods p
    LEFT JOIN customers_before before ON true
    LEFT JOIN (SELECT period_key, sum(joined) AS joined, sum(churned) AS churned FROM customer_moves GROUP BY ALL) moves
           ON moves.period_key = p.period_key
),
retention AS (
    SELECT period_key, s, n, s + n - churned AS e FROM customers_at
)
SELECT g.period_start,
       g.period_end,
       (SELECT dimension FROM args) AS dimension,
       g.value,
       g.covered.coverage AS coverage,
       g.covered.share AS coverage_share,
       coalesce(c.tickets_created, 0) AS tickets_created,
       coalesce(so.tickets_solved, 0) AS tickets_solved,
       b.backlog_end,
       coalesce(r.frt_n, 0) AS frt_n,
       r.frt_q[1] / 60e6 AS frt_median_min,
       r.frt_q[2] / 60e6 AS frt_p90_min,
       r.frt_mean_min,
       r.frt_basis,
       coalesce(r.frt_sla_n, 0) AS frt_sla_n,
       r.frt_sla_pct,
       coalesce(so.resolution_n, 0) AS resolution_n,
       so.mttr_hours,
       so.resolution_q[1] / 60e6 / 60 AS resolution_median_hours,
       so.resolution_q[2] / 60e6 / 60 AS resolution_p90_hours,
       coalesce(so.fcr_n, 0) AS fcr_n,
       so.fcr_pct,
       coalesce(so.zero_touch_n, 0) AS zero_touch_n,
       so.zero_touch_pct,
       so.reopen_pct,
       coalesce(so.awt_n, 0) AS awt_n,
       so.awt_mean_min,
       so.awt_median_min,
       so.awt_basis,
       coalesce(q.csat_n, 0) AS csat_n,
       q.csat_pct,
       coalesce(q.nps_n, 0) AS nps_n,
       q.nps,
       coalesce(q.ces_n, 0) AS ces_n,
       q.ces_mean,
       q.ces_easy_pct,
       -- the texts of the period whose tone is known: the tickets created in it and the survey comments given in it
       coalesce(c.toned, 0) + coalesce(q.toned, 0) AS negative_n,
       100.0 * (coalesce(c.negative, 0) + coalesce(q.negative, 0)) / nullif(coalesce(c.toned, 0) + coalesce(q.toned, 0), 0) AS negative_pct,
       CASE WHEN (SELECT dimension FROM args) IS NULL AND rt.s > 0
            THEN 100.0 * (rt.e - rt.n) / rt.s END AS retention_pct
FROM grid g
LEFT JOIN created c ON c.period_key = g.period_key AND c.value IS NOT DISTINCT FROM g.value
LEFT JOIN solved so ON so.period_key = g.period_key AND so.value IS NOT DISTINCT FROM g.value
LEFT JOIN responded r ON r.period_key = g.period_key AND r.value IS NOT DISTINCT FROM g.value
LEFT JOIN rated q ON q.period_key = g.period_key AND q.value IS NOT DISTINCT FROM g.value
LEFT JOIN backlog b ON b.period_key = g.period_key AND b.value IS NOT DISTINCT FROM g.value
LEFT JOIN retention rt ON rt.period_key = g.period_key
WHERE (SELECT dimension FROM args) IS NULL
   OR coalesce(c.tickets_created, 0) + coalesce(so.tickets_solved, 0) + coalesce(r.frt_n, 0)
      + coalesce(q.csat_n, 0) + coalesce(q.nps_n, 0) + coalesce(q.ces_n, 0) + coalesce(b.backlog_end, 0) > 0
ORDER BY g.period_start, g.value NULLS LAST;
