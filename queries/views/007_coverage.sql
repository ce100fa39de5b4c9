-- What the data covers (docs/kpis.md, "Coverage"), for the KPI table, the detector, the report and ROI.
--
-- A period's coverage is decided by the sources' tickets (the coverage rows of kind 'tickets'). A source's
-- tickets are taken to cover the span from its first ticket created to its last, and up to its longest quiet
-- stretch of the last 8 weeks (coverage.quiet_stretch), at most a day, beyond the last: an export whose last
-- ticket is at 23:18 covers its
-- last day, one that stops at 11:49 does not. At the start there is no such allowance: the day a source's data
-- starts is never covered whole, since nothing says the export began at midnight, and the first day of a log
-- often holds only part of its tickets (the real ServiceNow log's first Monday, from 01:16, has half a usual
-- one). Surveys do not decide it: survey exports often carry no times of their own (a date given at ingest) or
-- come in batches.

-- feed_share(first_at, last_at, quiet_stretch, period_start, period_end): the share (0 to 1) of the period
-- [period_start, period_end) that a source's tickets cover: 1 when they start at or before the period's start
-- and their last ticket, plus the quiet stretch (at most a day), reaches its end; otherwise the part of the
-- period between the first and the last ticket over the period's length.
CREATE OR REPLACE MACRO feed_share(first_at, last_at, quiet_stretch, period_start, period_end) AS
    CASE WHEN first_at <= period_start AND last_at + least(quiet_stretch, INTERVAL 1 DAY) >= period_end THEN 1.0
         ELSE greatest(0, epoch_us(least(last_at, period_end)) - epoch_us(greatest(first_at, period_start)))
              / (epoch_us(period_end) - epoch_us(period_start)) END;

-- period_coverage(period_start, period_end, only_source): how far the data covers the period, as
-- {coverage, share}. The sources with a ticket created in the period are looked at (only only_source when it
-- is not null): 'complete' (share 1) when each covers all of it, 'partial' with the share of the
-- least-covered one otherwise, 'empty' (share 0) when none has a ticket in it. Null when there are no
-- tickets at all (of only_source, when given): nothing to say. A period in which a source starts, stops,
-- joins or leaves is therefore partial: its figures are not comparable with a whole period's.
CREATE OR REPLACE MACRO period_coverage(period_start, period_end, only_source) AS (
    SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM coverage c WHERE c.kind = 'tickets' AND (only_source IS NULL OR c.source = only_source)) THEN NULL
                WHEN count(*) = 0 THEN {'coverage': 'empty', 'share': 0.0::DOUBLE}
                WHEN min(share) >= 1 THEN {'coverage': 'complete', 'share': 1.0::DOUBLE}
                ELSE {'coverage': 'partial', 'share': CAST(min(share) AS DOUBLE)} END
    FROM (SELECT feed_share(f.first_at, f.last_at, f.quiet_stretch, period_start, period_end) AS share
          FROM coverage f
          WHERE f.kind = 'tickets'
            AND (only_source IS NULL OR f.source = only_source)
            AND f.first_at < period_end
            AND f.last_at >= period_start)
);

-- compared_sources(from_at, to_at, tz): one row per source with a ticket created in [from_at, to_at): whether
-- its tickets cover that whole span, and, when they do not, why in words (local times in zone tz):
-- "zendesk started 2026-09-21 13:02", "helpdesk stopped 2026-11-15 23:18". A comparison across the span (the
-- report's changes, ROI's before and after windows) is like for like only over the sources that cover it;
-- the others are left out and named.
CREATE OR REPLACE MACRO compared_sources(from_at, to_at, tz) AS TABLE
SELECT c.source,
       period_coverage(from_at, to_at, c.source).coverage = 'complete' AS covers,
       c.first_at,
       c.last_at,
       CASE WHEN period_coverage(from_at, to_at, c.source).coverage <> 'complete' THEN
           c.source || ' ' || concat_ws(' and ',
               CASE WHEN c.first_at > from_at THEN 'started ' || strftime(timezone(tz, c.first_at), '%Y-%m-%d %H:%M') END,
               CASE WHEN c.last_at + least(c.quiet_stretch, INTERVAL 1 DAY) < to_at THEN 'stopped ' || strftime(timezone(tz, c.last_at), '%Y-%m-%d %H:%M') END)
       END AS left_out
FROM coverage c
WHERE c.kind = 'tickets' AND c.first_at < to_at AND c.last_at >= from_at
ORDER BY c.source;
