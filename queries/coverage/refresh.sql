-- Derives the coverage rows (one per source and kind) of source $source, or of every source when $source is
-- null, from the data tables: the span of the data, its longest quiet stretch (the longest gap between
-- consecutive records over the 8 weeks up to the last one) and, for tickets, which duration bases the source
-- gives; and the holes in its tickets (coverage_gaps: more than 7 days without a ticket between two it has).
-- Run by the ingest after each file, inside its transaction.
DELETE FROM coverage WHERE $source IS NULL OR source = $source;
DELETE FROM coverage_gaps WHERE $source IS NULL OR source = $source;

INSERT INTO coverage
WITH records AS (
    SELECT source, 'tickets' AS kind, created_at AS "at" FROM tickets WHERE $source IS NULL OR source = $source
    UNION ALL
    SELECT source, 'surveys', responded_at FROM surveys WHERE $source IS NULL OR source = $source
    UNION ALL
    SELECT source, 'ticket_events', "at" FROM ticket_events WHERE $source IS NULL OR source = $source
),
spans AS (
    SELECT source, kind, min("at") AS first_at, max("at") AS last_at, count(*) AS records
    FROM records
    GROUP BY source, kind
),
gaps AS (
    -- the gaps of the 8 weeks up to the last record: the feed's current rhythm, and a bounded cost
    SELECT r.source, r.kind,
           epoch_us(r."at") - lag(epoch_us(r."at")) OVER (PARTITION BY r.source, r.kind ORDER BY r."at") AS gap_us
    FROM records r
    JOIN spans s ON s.source = r.source AND s.kind = r.kind AND r."at" >= s.last_at - INTERVAL 56 DAY
),
quiet AS (
    SELECT source, kind,
           -- a hole (over 7 days, coverage_gaps) is missing data, not a quiet stretch
           to_microseconds(CAST(coalesce(max(gap_us) FILTER (WHERE gap_us <= 7 * 86400e6), 0) AS BIGINT)) AS quiet_stretch
    FROM gaps
    GROUP BY source, kind
),
bases AS (
    SELECT source,
           count(*) FILTER (WHERE first_response_at IS NOT NULL OR frt_minutes IS NOT NULL) AS frt_calendar_n,
           count(frt_business_minutes) AS frt_business_n,
           count(resolution_business_minutes) AS resolution_business_n,
           count(agent_replies) AS agent_replies_n,
           count(*) FILTER (WHERE requester_wait_minutes IS NOT NULL OR requester_wait_business_minutes IS NOT NULL) AS requester_wait_n
    FROM tickets
    WHERE $source IS NULL OR source = $source
    GROUP BY source
)
SELECT s.source, s.kind, s.first_at, s.last_at, s.records, q.quiet_stretch,
       b.frt_calendar_n, b.frt_business_n, b.resolution_business_n, b.agent_replies_n, b.requester_wait_n,
       now()
FROM spans s
JOIN quiet q ON q.source = s.source AND q.kind = s.kind
LEFT JOIN bases b ON b.source = s.source AND s.kind = 'tickets';

INSERT INTO coverage_gaps
WITH days AS (
    -- one row per source and UTC date with tickets: the hole is found between dates, then pinned to instants.
    -- The day is counted from the epoch: a cast to DATE would go through the session's zone (the source's, during
    -- an ingest), at about ten times the cost, for the same holes.
    SELECT source, epoch_us(created_at) // 86400000000 AS day, min(created_at) AS first_at, max(created_at) AS last_at
    FROM tickets
    WHERE $source IS NULL OR source = $source
    GROUP BY source, epoch_us(created_at) // 86400000000
),
next AS (
    SELECT source, last_at,
           lead(first_at) OVER (PARTITION BY source ORDER BY day) AS next_at
    FROM days
)
SELECT source, last_at, next_at
FROM next
WHERE epoch_us(next_at) - epoch_us(last_at) > 7 * 86400e6;
