-- kpi_tickets_live([only_file := SHA-256]): one row per ticket that counts (status deleted never does), with
-- every derived time the KPIs use, computed from the data tables with the settings at hand. This is the single
-- place where first response, resolution, wait, business minutes and the SLA verdict of a ticket are worked
-- out. Its rows are stored as the table kpi_tickets, kept by the ingest (docs/kpis.md, "Stored per-ticket
-- rows"); kpi() only groups those into periods. With only_file, only the tickets that export file wrote or sent
-- events for (rows carry their file's SHA-256), which is what the ingest computes again after each file. The rows
-- the file wrote are read from file_rows, a table or view with the columns of tickets: tickets itself, or the
-- ingest's own view of the same rows as it staged them (file_ticket_rows, queries/ingest/upsert_tickets.sql).
-- Inside the file's transaction DuckDB scans the rows just written to tickets on one thread; the staged rows it
-- reads on every core (docs/performance.md, "Ingest benchmark").
--
--   first_response_at     the first public agent comment in ticket_events when the source sends events
--                         (so bot and internal replies do not count), else first_response_at as given,
--                         else created_at + the source's calendar frt_minutes
--   frt_minutes           first_response_at - created_at when that instant is known from the source,
--                         else the source's calendar value
--   frt_business_minutes  the source's business value when given (its own schedule), else the overlap of
--                         [created_at, first_response_at) with the business calendar, else (no calendar
--                         configured) the calendar minutes
--   resolution_*          the same for [created_at, solved_at), solved_at being the latest solve
--   reopens               as given, else counted from status events (a move from solved or closed back
--                         to new, open, pending or hold); solved_at likewise falls back to the latest
--                         'solved' status event of a solved or closed ticket
--   awt_minutes           of a solved ticket, the time it waited on support: the source's requester wait
--                         when given, else (the source sends status events) the time it spent in status new
--                         or open, each stretch from such a status event to the ticket's next status event,
--                         cut at solved_at
--   awt_business_minutes  the source's business requester wait when given, else the business-calendar
--                         overlap of those same stretches, else (no calendar configured) awt_minutes
-- file_tickets(sha256[, file_rows]): the tickets an export file wrote or sent events for (rows carry their file's
-- SHA-256): those whose stored rows the file changes. A ticket may be listed twice; the callers only join to it. The
-- tickets it wrote are read from file_rows (tickets, or the ingest's view of them, as in kpi_tickets_live below).
CREATE OR REPLACE MACRO file_tickets(sha256, file_rows := 'tickets') AS TABLE
SELECT source, ticket_id FROM query_table(file_rows) WHERE ingest_file_sha256 = sha256
UNION ALL
SELECT source, ticket_id FROM ticket_events WHERE ingest_file_sha256 = sha256;

CREATE OR REPLACE MACRO kpi_tickets_live(only_file := NULL, file_rows := 'tickets') AS TABLE
WITH settings AS (
    SELECT * FROM kpi_settings
),
ticket_rows AS (
    SELECT * FROM tickets WHERE only_file IS NULL
    UNION ALL BY NAME
    -- the tickets the file wrote, by their own column (no join: a first file writes millions), then those it only
    -- sent events for
    SELECT * FROM query_table(file_rows) WHERE only_file IS NOT NULL AND ingest_file_sha256 = only_file
    UNION ALL BY NAME
    SELECT t.* FROM tickets t
    SEMI JOIN (SELECT source, ticket_id FROM ticket_events WHERE ingest_file_sha256 = only_file) x
           ON x.source = t.source AND x.ticket_id = t.ticket_id
    WHERE only_file IS NOT NULL AND t.ingest_file_sha256 IS DISTINCT FROM only_file
),
event_rows AS (
    SELECT * FROM ticket_events WHERE only_file IS NULL
    UNION ALL
    SELECT e.* FROM ticket_events e SEMI JOIN file_tickets(only_file, file_rows := file_rows) x ON x.source = e.source AND x.ticket_id = e.ticket_id WHERE only_file IS NOT NULL
),
calendar AS MATERIALIZED (
    SELECT * FROM business_days
),
-- wall-clock times are instants plus the zone's offset at them, found by UTC day (zone_days, an equality join;
-- far cheaper than a zone conversion per row, and the same figures)
reporting_days AS (
    SELECT d.day, d.offset_us, d.changes FROM zone_days d, settings z WHERE d.zone = z.reporting_time_zone
),
business_zone_days AS (
    SELECT d.day, d.offset_us, d.changes FROM zone_days d, settings z WHERE d.zone = z.business_time_zone
),
status_events AS (
    SELECT source, ticket_id, "at", status,
           lag(status) OVER by_ticket AS previous_status,
           lead("at") OVER by_ticket AS next_at
    FROM event_rows
    WHERE type = 'status'
    WINDOW by_ticket AS (PARTITION BY source, ticket_id ORDER BY "at")
),
waits AS (
    -- per ticket with status events, its stretches in new or open, oldest first (empty: none): from the
    -- event to the next status event (NULL: none yet), with the business-minute running totals at both ends
    SELECT s.source, s.ticket_id,
           coalesce(list({'from_at': s."at", 'to_at': s.next_at,
                          'open_at_from': business_minutes_at(s."at", f.minutes_before, f.stretches),
                          'open_at_to': business_minutes_at(s.next_at, n.minutes_before, n.stretches)} ORDER BY s."at")
                    FILTER (WHERE s.status IN ('new', 'open')), []) AS waiting
    FROM status_events s
    LEFT JOIN business_zone_days bf ON bf.day = utc_day(s."at")
    LEFT JOIN business_zone_days bn ON bn.day = utc_day(s.next_at)
    LEFT JOIN calendar f ON f.day = CAST(wall_clock(s."at", bf.offset_us, bf.changes) AS DATE)
    LEFT JOIN calendar n ON n.day = CAST(wall_clock(s.next_at, bn.offset_us, bn.changes) AS DATE)
    GROUP BY s.source, s.ticket_id
),
events AS (
    SELECT source, ticket_id,
           min("at") FILTER (WHERE type = 'comment' AND actor = 'agent' AND public IS DISTINCT FROM false) AS first_agent_reply_at,
           NULL::TIMESTAMPTZ AS last_solved_at,
           NULL::BIGINT AS reopens
    FROM event_rows
    WHERE type = 'comment'
    GROUP BY ALL
    UNION ALL
    SELECT source, ticket_id, NULL, max("at") FILTER (WHERE status = 'solved'),
           count(*) FILTER (WHERE status IN ('new', 'open', 'pending', 'hold') AND previous_status IN ('solved', 'closed'))
    FROM status_events
    GROUP BY ALL
),
event_summary AS (
    SELECT source, ticket_id, max(first_agent_reply_at) AS first_agent_reply_at,
           max(last_solved_at) AS last_solved_at, max(reopens) AS reopens
    FROM events GROUP BY ALL
),
base AS (
    SELECT t.source, t.ticket_id, t.status, t.channel, t.category, t.priority, t.team, t.agent_id, t.customer_id,
           t.created_at,
           coalesce(e.first_agent_reply_at, t.first_response_at) AS given_first_response_at,
           coalesce(e.first_agent_reply_at, t.first_response_at,
                    plus_minutes(t.created_at, t.frt_minutes)) AS first_response_at,
           coalesce(t.solved_at, CASE WHEN t.status IN ('solved', 'closed') THEN e.last_solved_at END) AS solved_at,
           coalesce(t.reopens, e.reopens) AS reopens,
           t.agent_replies,
           t.frt_minutes AS source_frt_minutes,
           CASE WHEN e.first_agent_reply_at IS NULL THEN t.frt_business_minutes END AS source_frt_business_minutes,
           t.resolution_business_minutes AS source_resolution_business_minutes,
           t.requester_wait_minutes AS source_wait_minutes,
           t.requester_wait_business_minutes AS source_wait_business_minutes,
           w.waiting
    FROM ticket_rows t
    LEFT JOIN event_summary e ON e.source = t.source AND e.ticket_id = t.ticket_id
    LEFT JOIN waits w ON w.source = t.source AND w.ticket_id = t.ticket_id
    WHERE t.status IS DISTINCT FROM 'deleted'
),
local AS (
    -- wall-clock times in the reporting zone (periods are cut on these) and dates in the calendar's zone
    SELECT b.*,
           wall_clock(b.created_at, oc.offset_us, oc.changes) AS created_local,
           wall_clock(b.first_response_at, orsp.offset_us, orsp.changes) AS first_response_local,
           wall_clock(b.solved_at, os.offset_us, os.changes) AS solved_local,
           z.reporting_time_zone = z.business_time_zone AS same_zone,
           z.business_time_zone
    FROM base b
    CROSS JOIN settings z
    LEFT JOIN reporting_days oc ON oc.day = utc_day(b.created_at)
    LEFT JOIN reporting_days orsp ON orsp.day = utc_day(b.first_response_at)
    LEFT JOIN reporting_days os ON os.day = utc_day(b.solved_at)
),
clocked AS (
    -- business minutes since the start of the calendar at created, first response and solve
    SELECT l.*,
           business_minutes_at(l.created_at, c.minutes_before, c.stretches) AS open_at_created,
           business_minutes_at(l.first_response_at, f.minutes_before, f.stretches) AS open_at_first_response,
           business_minutes_at(l.solved_at, r.minutes_before, r.stretches) AS open_at_solved
    FROM local l
    LEFT JOIN calendar c ON c.day = CAST(CASE WHEN l.same_zone THEN l.created_local ELSE timezone(l.business_time_zone, l.created_at) END AS DATE)
    LEFT JOIN calendar f ON f.day = CAST(CASE WHEN l.same_zone THEN l.first_response_local ELSE timezone(l.business_time_zone, l.first_response_at) END AS DATE)
    LEFT JOIN calendar r ON r.day = CAST(CASE WHEN l.same_zone THEN l.solved_local ELSE timezone(l.business_time_zone, l.solved_at) END AS DATE)
),
durations AS (
    SELECT k.*,
           CASE WHEN k.given_first_response_at IS NOT NULL THEN minutes_between(k.created_at, k.given_first_response_at)
                ELSE k.source_frt_minutes END AS frt_minutes,
           minutes_between(k.created_at, k.solved_at) AS resolution_minutes,
           -- the stretches in new or open before the latest solve, the last one (or one without a next
           -- status event) ending at solved_at; whole microseconds, added exactly
           CASE WHEN k.solved_at IS NULL THEN NULL
                WHEN k.source_wait_minutes IS NOT NULL THEN k.source_wait_minutes
                WHEN k.waiting IS NOT NULL THEN
                     coalesce(list_sum(list_transform(list_filter(k.waiting, w -> w.from_at < k.solved_at),
                              w -> epoch_us(least(coalesce(w.to_at, k.solved_at), k.solved_at)) - epoch_us(w.from_at))), 0) / 60e6
           END AS awt_minutes,
           CASE WHEN k.solved_at IS NOT NULL AND k.waiting IS NOT NULL THEN
                coalesce(list_sum(list_transform(list_filter(k.waiting, w -> w.from_at < k.solved_at),
                         w -> CASE WHEN w.to_at IS NULL OR w.to_at > k.solved_at THEN k.open_at_solved ELSE w.open_at_to END
                              - w.open_at_from)), 0)
           END AS waiting_business_minutes,
           s.business_hours_configured,
           CASE WHEN s.sla_business_hours THEN 'business' ELSE 'calendar' END AS sla_basis
    FROM clocked k, settings s
),
business AS (
    SELECT d.*,
           coalesce(d.source_frt_business_minutes,
                    CASE WHEN d.business_hours_configured THEN d.open_at_first_response - d.open_at_created ELSE d.frt_minutes END) AS frt_business_minutes,
           coalesce(d.source_resolution_business_minutes,
                    CASE WHEN d.business_hours_configured THEN d.open_at_solved - d.open_at_created ELSE d.resolution_minutes END) AS resolution_business_minutes,
           CASE WHEN d.solved_at IS NOT NULL THEN
                coalesce(d.source_wait_business_minutes,
                         CASE WHEN d.business_hours_configured THEN d.waiting_business_minutes ELSE d.awt_minutes END) END AS awt_business_minutes
    FROM durations d
)
SELECT b.source, b.ticket_id, b.status, b.channel, b.category, b.priority, b.team, b.agent_id, b.customer_id,
       b.created_at,
       b.first_response_at,
       CASE WHEN b.first_response_at IS NOT NULL THEN b.first_response_at
            WHEN b.source_frt_business_minutes IS NOT NULL THEN b.created_at END AS first_response_counted_at,
       b.solved_at,
       b.created_local,
       CASE WHEN b.first_response_at IS NOT NULL THEN b.first_response_local
            WHEN b.source_frt_business_minutes IS NOT NULL THEN b.created_local END AS first_response_counted_local,
       b.solved_local,
       b.reopens,
       b.agent_replies,
       b.frt_minutes,
       b.frt_business_minutes,
       b.resolution_minutes,
       b.resolution_business_minutes,
       b.awt_minutes,
       b.awt_business_minutes,
       t.first_response_minutes AS frt_sla_target_minutes,
       basis_value(b.sla_basis, b.frt_minutes, b.frt_business_minutes) <= t.first_response_minutes AS frt_sla_met,
       -- the tone of the ticket's text as last scored (docs/voc.md); kept up to date by the scoring after each ingest
       ts.label AS sentiment
FROM business b
LEFT JOIN sla_targets t ON t.priority = b.priority
LEFT JOIN ticket_sentiments ts ON ts.source = b.source AND ts.ticket_id = b.ticket_id;

