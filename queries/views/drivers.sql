-- driver_responses(survey_kind, first_day, last_day, hours_basis): the survey responses whose drivers are looked for
-- (docs/voc.md, "Drivers"): the survey_kind responses (csat or nps) answered on the local dates first_day..last_day (reporting zone,
-- kpi_surveys.responded_local; responses about a deleted ticket never count), each with the factors of the ticket it
-- is about (joined by source and ticket_id). A response about no ticket of the warehouse has has_ticket false and no factors.
--
--   satisfied                 csat: in the top two boxes (csat_satisfied, as csat_pct); NULL for nps
--   nps_group                 nps: promoter, passive or detractor (nps_bucket, as nps); NULL for csat
--   outcome                   what the drivers explain: csat 1 satisfied, 0 not; nps +1 promoter, 0 passive, -1 detractor
--   category, channel, priority, team   the ticket's
--   first_response            the frt_buckets() label of its first response time in hours_basis hours (on_basis: the
--                             other hours when its source gives only those, as kpi()); NULL: no first response
--   reopened                  reopened at least once (a missing count is never reopened, as reopen_pct)
--   solved_in_business_hours  its latest solve falls in the business calendar's open hours; NULL when it has no
--                             solve or no business hours are configured
--   sentiment                 the label of the ticket's text (kpi_tickets.sentiment, the label of ticket_sentiment kept
--                             on the ticket's KPI row); NULL while not scored
-- Used by the drivers (queries/drivers/responses.sql, the rows; queries/drivers/levels.sql, their sums per level).
CREATE OR REPLACE MACRO driver_responses(survey_kind, first_day, last_day, hours_basis) AS TABLE
WITH settings AS (
    SELECT business_time_zone, business_hours_configured FROM kpi_settings
),
responses AS (
    SELECT source, response_id, survey, score, scale_max, ticket_id, category, channel, priority, team
    FROM kpi_surveys
    WHERE survey = survey_kind
      AND responded_local >= CAST(first_day AS DATE) AND responded_local < CAST(last_day AS DATE) + 1
),
rated_tickets AS (
    -- the ticket's dimensions come with the response (kpi_surveys): only what the responses do not carry is read here
    SELECT k.source, k.ticket_id, k.reopens, k.solved_at, k.sentiment,
           on_basis(hours_basis, k.frt_minutes, k.frt_business_minutes) AS frt,
           CAST(timezone(s.business_time_zone, k.solved_at) AS DATE) AS solved_business_day,
           s.business_hours_configured
    FROM kpi_tickets k
    SEMI JOIN responses r ON r.source = k.source AND r.ticket_id = k.ticket_id
    CROSS JOIN settings s
)
SELECT r.source, r.response_id,
       CASE WHEN r.survey = 'csat' THEN csat_satisfied(r.score, r.scale_max) END AS satisfied,
       CASE WHEN r.survey = 'nps' THEN nps_bucket(r.score) END AS nps_group,
       CASE WHEN r.survey = 'csat' THEN CASE WHEN csat_satisfied(r.score, r.scale_max) THEN 1 ELSE 0 END
            ELSE CASE nps_bucket(r.score) WHEN 'promoter' THEN 1 WHEN 'detractor' THEN -1 ELSE 0 END END AS outcome,
       k.ticket_id IS NOT NULL AS has_ticket,
       r.category, r.channel, r.priority, r.team,
       b.bucket AS first_response,
       coalesce(k.reopens, 0) > 0 AS reopened,
       CASE WHEN k.solved_at IS NOT NULL AND k.business_hours_configured THEN
            coalesce(len(list_filter(d.stretches, st -> k.solved_at >= st.start_at AND k.solved_at < st.end_at)), 0) > 0
       END AS solved_in_business_hours,
       k.sentiment
FROM responses r
LEFT JOIN rated_tickets k ON k.source = r.source AND k.ticket_id = r.ticket_id
LEFT JOIN frt_buckets() b
       ON (b.lower_minutes IS NULL OR k.frt >= b.lower_minutes)
      AND (b.upper_minutes IS NULL OR k.frt < b.upper_minutes)
LEFT JOIN business_days d ON d.day = k.solved_business_day;
