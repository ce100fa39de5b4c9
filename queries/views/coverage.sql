-- What the data covers (docs/kpis.md, "Coverage"), for the KPI table, the detector, the report and ROI.
--
-- A period's coverage is decided by the sources' tickets (the coverage rows of kind 'tickets'). A source's
-- tickets are taken to cover the span from its first ticket created to its last, and up to its longest quiet
-- stretch of the last 8 weeks (coverage.quiet_stretch) beyond the last: an export whose last ticket is at
-- 23:18 covers its last day, one that stops at 11:49 does not, and one of a desk closed at weekends that ends
-- on a Friday evening covers the weekend. At the start there is no such allowance: the day a source's data
-- starts is never covered whole, since nothing says an export began at midnight, and the first day of a log
-- often holds only part of its tickets. A hole in a source's tickets (coverage_gaps: more than 7 days without
-- one) is not covered either. Surveys do not decide coverage: survey exports often carry no times of their
-- own (a date given at ingest) or come in batches. Instants are compared as microseconds: DuckDB's interval
-- comparisons do not normalise hours into days.

-- source_share(source, first_at, last_at, quiet_stretch, period_start, period_end): the share (0 to 1) of the
-- period [period_start, period_end) that a source's tickets cover: 1 when they start at or before the period's
-- start, their last ticket plus the quiet stretch reaches its end and no hole of theirs is in it; otherwise
-- the part of the period between their first and last ticket, less their holes, over the period's length.
CREATE OR REPLACE MACRO source_share(source_name, first_at, last_at, quiet_stretch, period_start, period_end) AS (
    SELECT CASE WHEN epoch_us(first_at) <= epoch_us(period_start)
                     AND epoch_us(last_at) + epoch(quiet_stretch) * 1e6 >= epoch_us(period_end)
                     AND count(g.source) = 0
                THEN 1.0
                ELSE greatest(0, epoch_us(least(last_at, period_end)) - epoch_us(greatest(first_at, period_start))
                                 - coalesce(sum(epoch_us(least(g.to_at, period_end)) - epoch_us(greatest(g.from_at, period_start))), 0))
                     / (epoch_us(period_end) - epoch_us(period_start)) END
    FROM coverage_gaps g
    WHERE g.source = source_name AND g.from_at < period_end AND g.to_at > period_start
);

-- period_coverage(period_start, period_end, only_sources): how far the data covers the period, as
-- {coverage, share}. The sources with tickets from before to after the period's start or end are looked at
-- (only those in the list only_sources when it is not null): 'complete' (share 1) when each covers all of it,
-- 'partial' with the share of the least-covered one otherwise, 'empty' (share 0) when none covers any of it.
-- Null when there are no tickets at all (of only_sources, when given): nothing to say. A period in which a
-- source starts, stops, joins, leaves or has a hole is therefore partial: its figures are not comparable with a
-- whole period's.
CREATE OR REPLACE MACRO period_coverage(period_start, period_end, only_sources) AS (
    SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM coverage c WHERE c.kind = 'tickets' AND (only_sources IS NULL OR list_contains(only_sources, c.source))) THEN NULL
                WHEN count(*) = 0 OR max(share) <= 0 THEN {'coverage': 'empty', 'share': 0.0::DOUBLE}
                WHEN min(share) >= 1 THEN {'coverage': 'complete', 'share': 1.0::DOUBLE}
                ELSE {'coverage': 'partial', 'share': CAST(min(share) AS DOUBLE)} END
    FROM (SELECT source_share(f.source, f.first_at, f.last_at, f.quiet_stretch, period_start, period_end) AS share
          FROM coverage f
          WHERE f.kind = 'tickets'
            AND (only_sources IS NULL OR list_contains(only_sources, f.source))
            AND f.first_at < period_end
            AND f.last_at >= period_start)
);

-- compared_sources(from_at, to_at, tz): one row per source with tickets in or around [from_at, to_at): whether
-- its tickets cover that whole span, and, when they do not, why in words (local times in zone tz):
-- "zendesk-sample started 2026-09-21 13:31", "helpdesk stopped 2026-11-15 23:18", "helpdesk had no ticket from
-- 2026-08-02 21:40 to 2026-08-17 07:05". A comparison across the span (the report's changes, ROI's before and
-- after windows) is like for like only over the sources that cover it; the others are left out and named.
CREATE OR REPLACE MACRO compared_sources(from_at, to_at, tz) AS TABLE
SELECT c.source,
       period_coverage(from_at, to_at, [c.source]).coverage = 'complete' AS covers,
       c.first_at,
       c.last_at,
       CASE WHEN period_coverage(from_at, to_at, [c.source]).coverage <> 'complete' THEN
           c.source || ' ' || concat_ws(' and ',
               CASE WHEN c.first_at > from_at THEN 'started ' || strftime(timezone(tz, c.first_at), '%Y-%m-%d %H:%M') END,
               CASE WHEN epoch_us(c.last_at) + epoch(c.quiet_stretch) * 1e6 < epoch_us(to_at)
                    THEN 'stopped ' || strftime(timezone(tz, c.last_at), '%Y-%m-%d %H:%M') END,
               (SELECT string_agg('had no ticket from ' || strftime(timezone(tz, g.from_at), '%Y-%m-%d %H:%M')
                                  || ' to ' || strftime(timezone(tz, g.to_at), '%Y-%m-%d %H:%M'), ' and ' ORDER BY g.from_at)
                FROM coverage_gaps g WHERE g.source = c.source AND g.from_at < to_at AND g.to_at > from_at))
       END AS left_out
FROM coverage c
WHERE c.kind = 'tickets' AND c.first_at < to_at AND c.last_at >= from_at
ORDER BY c.source;
