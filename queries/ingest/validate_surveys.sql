-- One row per survey response row of the export being loaded: typed, with _reason naming every
-- problem (NULL when valid). Reads `stg` (canonical names, all text); passes on `_raw`, the row as read.
-- Scale defaults: csat 5, nps 10, ces 7.
SELECT
    _rec,
    _raw,
    blank_null(response_id)                           AS response_id,
    lower(blank_null(survey))                         AS survey,
    try_cast(blank_null(score) AS DOUBLE)             AS score,
    coalesce(try_cast(blank_null(scale_max) AS DOUBLE),
             CASE lower(blank_null(survey)) WHEN 'csat' THEN 5 WHEN 'nps' THEN 10 WHEN 'ces' THEN 7 END) AS scale_max,
    try_cast(blank_null(responded_at) AS TIMESTAMPTZ) AS responded_at,
    blank_null(ticket_id)                             AS ticket_id,
    blank_null(customer_id)                           AS customer_id,
    blank_null(agent_id)                              AS agent_id,
    blank_null(comment)                               AS comment,
    _extra                                            AS extra,
    nullif(concat_ws('; ',
        CASE WHEN blank_null(response_id) IS NULL THEN 'response_id is missing' END,
        CASE WHEN blank_null(survey) IS NULL THEN 'survey is missing' END,
        check_one_of('survey', lower(blank_null(survey)), ['csat', 'nps', 'ces']),
        CASE WHEN blank_null(score) IS NULL THEN 'score is missing' END,
        check_number('score', blank_null(score), try_cast(blank_null(score) AS DOUBLE)),
        check_number('scale_max', blank_null(scale_max), try_cast(blank_null(scale_max) AS DOUBLE)),
        check_score(lower(blank_null(survey)), try_cast(blank_null(score) AS DOUBLE),
                    coalesce(try_cast(blank_null(scale_max) AS DOUBLE),
                             CASE lower(blank_null(survey)) WHEN 'csat' THEN 5 WHEN 'nps' THEN 10 WHEN 'ces' THEN 7 END)),
        CASE WHEN blank_null(responded_at) IS NULL THEN 'responded_at is missing' END,
        check_instant('responded_at', blank_null(responded_at), try_cast(blank_null(responded_at) AS TIMESTAMPTZ))
    ), '') AS _reason
FROM stg
