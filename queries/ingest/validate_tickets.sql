-- One row per ticket row of the export being loaded: typed, with _reason naming every problem
-- (NULL when the row is valid). Reads `stg` (canonical column names, all text) built from the
-- vendor mapping. Timestamps without an offset are read in the session time zone, which the
-- ingest sets to the source's zone for the duration of the file. Each value is cast once (`v`);
-- the checks compare it with its text (`t`). `_raw`, the row as read, is passed on for quarantine.
WITH t AS (
    SELECT _rec, _extra, _raw,
           blank_null(ticket_id) AS ticket_id, blank_null(created_at) AS created_at, blank_null(updated_at) AS updated_at,
           blank_null(first_response_at) AS first_response_at, blank_null(solved_at) AS solved_at,
           blank_null(first_solved_at) AS first_solved_at, blank_null(closed_at) AS closed_at,
           lower(blank_null(status)) AS status, lower(blank_null(channel)) AS channel, blank_null(category) AS category,
           lower(blank_null(priority)) AS priority, blank_null(customer_id) AS customer_id, blank_null(agent_id) AS agent_id,
           blank_null(team) AS team, blank_null(reopens) AS reopens, blank_null(agent_replies) AS agent_replies,
           blank_null(subject) AS subject, blank_null(description) AS description, tags,
           blank_null(frt_minutes) AS frt_minutes, blank_null(frt_business_minutes) AS frt_business_minutes,
           blank_null(resolution_minutes) AS resolution_minutes, blank_null(resolution_business_minutes) AS resolution_business_minutes,
           blank_null(requester_wait_minutes) AS requester_wait_minutes,
           blank_null(requester_wait_business_minutes) AS requester_wait_business_minutes
    FROM stg
), v AS (
    SELECT t.*,
           try_cast(created_at AS TIMESTAMPTZ) AS v_created_at, try_cast(updated_at AS TIMESTAMPTZ) AS v_updated_at,
           try_cast(first_response_at AS TIMESTAMPTZ) AS v_first_response_at, try_cast(solved_at AS TIMESTAMPTZ) AS v_solved_at,
           try_cast(first_solved_at AS TIMESTAMPTZ) AS v_first_solved_at, try_cast(closed_at AS TIMESTAMPTZ) AS v_closed_at,
           try_cast(reopens AS INTEGER) AS v_reopens, try_cast(agent_replies AS INTEGER) AS v_agent_replies,
           try_cast(frt_minutes AS DOUBLE) AS v_frt_minutes, try_cast(frt_business_minutes AS DOUBLE) AS v_frt_business_minutes,
           try_cast(resolution_minutes AS DOUBLE) AS v_resolution_minutes,
           try_cast(resolution_business_minutes AS DOUBLE) AS v_resolution_business_minutes,
           try_cast(requester_wait_minutes AS DOUBLE) AS v_requester_wait_minutes,
           try_cast(requester_wait_business_minutes AS DOUBLE) AS v_requester_wait_business_minutes
    FROM t
)
SELECT
    _rec,
    _raw,
    ticket_id,
    v_created_at AS created_at, v_updated_at AS updated_at, v_first_response_at AS first_response_at,
    v_solved_at AS solved_at, v_first_solved_at AS first_solved_at, v_closed_at AS closed_at,
    status, channel, category, priority, customer_id, agent_id, team,
    v_reopens AS reopens, v_agent_replies AS agent_replies,
    subject, description,
    tag_list(tags) AS tags,
    v_frt_minutes AS frt_minutes, v_frt_business_minutes AS frt_business_minutes,
    v_resolution_minutes AS resolution_minutes, v_resolution_business_minutes AS resolution_business_minutes,
    v_requester_wait_minutes AS requester_wait_minutes, v_requester_wait_business_minutes AS requester_wait_business_minutes,
    _extra AS extra,
    nullif(concat_ws('; ',
        CASE WHEN ticket_id IS NULL THEN 'ticket_id is missing' END,
        CASE WHEN created_at IS NULL THEN 'created_at is missing' END,
        check_instant('created_at', created_at, v_created_at),
        check_instant('updated_at', updated_at, v_updated_at),
        check_instant('first_response_at', first_response_at, v_first_response_at),
        check_instant('solved_at', solved_at, v_solved_at),
        check_instant('first_solved_at', first_solved_at, v_first_solved_at),
        check_instant('closed_at', closed_at, v_closed_at),
        check_not_before('first_response_at', v_first_response_at, 'created_at', v_created_at),
        check_not_before('solved_at', v_solved_at, 'created_at', v_created_at),
        check_not_before('first_solved_at', v_first_solved_at, 'created_at', v_created_at),
        check_not_before('closed_at', v_closed_at, 'created_at', v_created_at),
        check_not_before('solved_at', v_solved_at, 'first_solved_at', v_first_solved_at),
        check_one_of('status', status, ['new', 'open', 'pending', 'hold', 'solved', 'closed', 'deleted']),
        check_one_of('channel', channel, ['email', 'chat', 'phone', 'web', 'social', 'messaging', 'api', 'other']),
        check_one_of('priority', priority, ['low', 'normal', 'high', 'urgent']),
        check_count('reopens', reopens, v_reopens),
        check_count('agent_replies', agent_replies, v_agent_replies),
        check_minutes('frt_minutes', frt_minutes, v_frt_minutes),
        check_minutes('frt_business_minutes', frt_business_minutes, v_frt_business_minutes),
        check_minutes('resolution_minutes', resolution_minutes, v_resolution_minutes),
        check_minutes('resolution_business_minutes', resolution_business_minutes, v_resolution_business_minutes),
        check_minutes('requester_wait_minutes', requester_wait_minutes, v_requester_wait_minutes),
        check_minutes('requester_wait_business_minutes', requester_wait_business_minutes, v_requester_wait_business_minutes)
    ), '') AS _reason
FROM v
