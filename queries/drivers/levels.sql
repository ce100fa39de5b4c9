-- What the drivers' statistics need of the responses (docs/voc.md, "Drivers"), summed in the warehouse rather than
-- read one by one: driver_responses() (queries/views/drivers.sql) of the $survey responses answered on the local
-- dates $from..$to, first response times in $hours hours; of those about a ticket, per value of each factor of the
-- ticket (one grouping set per factor: the other factors' columns are NULL, and `factor` names the one grouped by)
-- and once over all of them (factor NULL): the responses, the sum of their outcomes and the sum of their squares.
-- The responses about no ticket are counted in `without_ticket`, read from the row over all responses.
SELECT CASE grouping(category, channel, priority, team, first_response, reopened, solved_in_business_hours, sentiment)
            WHEN 127 THEN 'category' WHEN 191 THEN 'channel' WHEN 223 THEN 'priority' WHEN 239 THEN 'team'
            WHEN 247 THEN 'first-response' WHEN 251 THEN 'reopened' WHEN 253 THEN 'solved-in-business-hours'
            WHEN 254 THEN 'ticket-sentiment' END AS factor,
       category, channel, priority, team, first_response, reopened, solved_in_business_hours, sentiment,
       count(*) FILTER (WHERE has_ticket) AS n,
       CAST(coalesce(sum(outcome) FILTER (WHERE has_ticket), 0) AS DOUBLE) AS total,
       CAST(coalesce(sum(outcome * outcome) FILTER (WHERE has_ticket), 0) AS DOUBLE) AS squares,
       count(*) FILTER (WHERE NOT has_ticket) AS without_ticket
FROM driver_responses($survey, $from, $to, $hours)
GROUP BY GROUPING SETS ((category), (channel), (priority), (team), (first_response), (reopened),
                       (solved_in_business_hours), (sentiment), ())
-- a value only responses about no ticket have (they have no factors) is no level; the row over all responses stays
HAVING count(*) FILTER (WHERE has_ticket) > 0 OR factor IS NULL
ORDER BY factor NULLS FIRST, category, channel, priority, team, first_response, reopened, solved_in_business_hours, sentiment;
