-- What the drivers' statistics need of the responses (docs/voc.md, "Drivers"), summed in the warehouse rather than
-- read one by one: driver_responses() (queries/views/drivers.sql) of the $survey responses answered on the local
-- dates $from..$to, first response times in $hours hours; of those about a ticket, per value of each factor of the
-- ticket (one grouping set per factor: the other factors' columns are NULL, and `factor` names the one grouped by)
-- and once over all of them (factor NULL): the responses, the sum of their outcomes and the sum of their squares.
-- The responses about no ticket are counted in `without_ticket` of every row.
WITH responses AS (
    SELECT * FROM driver_responses($survey, $from, $to, $hours)
),
sums AS (
    SELECT CASE grouping(category, channel, priority, team, first_response, reopened, solved_in_business_hours, sentiment)
                WHEN 127 THEN 'category' WHEN 191 THEN 'channel' WHEN 223 THEN 'priority' WHEN 239 THEN 'team'
                WHEN 247 THEN 'first-response' WHEN 251 THEN 'reopened' WHEN 253 THEN 'solved-in-business-hours'
                WHEN 254 THEN 'ticket-sentiment' END AS factor,
           category, channel, priority, team, first_response, reopened, solved_in_business_hours, sentiment,
           count(*) AS n, CAST(coalesce(sum(outcome), 0) AS DOUBLE) AS total,
           CAST(coalesce(sum(outcome * outcome), 0) AS DOUBLE) AS squares
    FROM responses
    WHERE has_ticket
    GROUP BY GROUPING SETS ((category), (channel), (priority), (team), (first_response), (reopened),
                           (solved_in_business_hours), (sentiment), ())
)
SELECT *, (SELECT count(*) FROM responses WHERE NOT has_ticket) AS without_ticket
FROM sums
ORDER BY factor NULLS FIRST, category, channel, priority, team, first_response, reopened, solved_in_business_hours, sentiment;
