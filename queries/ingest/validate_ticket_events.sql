-- One row per ticket event row of the export being loaded: typed, with _reason naming every problem
-- (NULL when valid). Reads `stg` (canonical names, all text); passes on `_raw`, the row as read.
SELECT
    _rec,
    _raw,
    blank_null(ticket_id)                   AS ticket_id,
    try_cast(blank_null("at") AS TIMESTAMPTZ) AS "at",
    lower(blank_null(actor))                AS actor,
    try_cast(blank_null(public) AS BOOLEAN) AS public,
    lower(blank_null(type))                 AS type,
    lower(blank_null(status))               AS status,
    blank_null(body)                        AS body,
    _extra                                  AS extra,
    nullif(concat_ws('; ',
        CASE WHEN blank_null(ticket_id) IS NULL THEN 'ticket_id is missing' END,
        CASE WHEN blank_null("at") IS NULL THEN 'at is missing' END,
        check_instant('at', blank_null("at"), try_cast(blank_null("at") AS TIMESTAMPTZ)),
        CASE WHEN blank_null(type) IS NULL THEN 'type is missing' END,
        check_one_of('type', lower(blank_null(type)), ['comment', 'status']),
        check_one_of('actor', lower(blank_null(actor)), ['customer', 'agent', 'bot', 'system']),
        check_one_of('status', lower(blank_null(status)), ['new', 'open', 'pending', 'hold', 'solved', 'closed', 'deleted']),
        CASE WHEN blank_null(public) IS NOT NULL AND try_cast(blank_null(public) AS BOOLEAN) IS NULL
             THEN 'public: ''' || public || ''' is not true or false' END
    ), '') AS _reason
FROM stg
