-- Text-cleaning macros named by the vendor mappings (queries/mappings/*.json, "via"). Each takes the raw
-- text of an export column and returns canonical text (or NULL); values that cannot be understood are
-- returned unchanged so that validation quarantines the row with the original text in its reason.
-- Temporary macros: they belong to the ingest session, not to the warehouse file.

-- Empty or all-space text is NULL; surrounding spaces go. Trims only values that need it: trim() copies
-- every string, and most values have nothing to trim.
CREATE OR REPLACE TEMP MACRO blank_null(s) AS
    CASE WHEN s = '' THEN NULL
         WHEN starts_with(s, ' ') OR ends_with(s, ' ') THEN nullif(trim(s), '')
         ELSE s END;

-- Zendesk and Freshdesk write '-' for "no value" in list fields.
CREATE OR REPLACE TEMP MACRO dash_null(s) AS CASE WHEN trim(s) IN ('', '-') THEN NULL ELSE trim(s) END;

-- ServiceNow writes '?' for null.
CREATE OR REPLACE TEMP MACRO question_null(s) AS CASE WHEN trim(s) IN ('', '?') THEN NULL ELSE trim(s) END;

-- R-style survey exports write NA for null.
CREATE OR REPLACE TEMP MACRO na_null(s) AS CASE WHEN trim(s) IN ('', 'NA', 'N/A') THEN NULL ELSE trim(s) END;

-- Zendesk timestamps: account time zone without offset; 1900-01-01 00:00:00 means "never".
CREATE OR REPLACE TEMP MACRO zendesk_time(s) AS
    CASE WHEN trim(s) IN ('', '-') OR starts_with(trim(s), '1900-01-01') THEN NULL ELSE trim(s) END;

-- Day-first dates (Freshdesk dd/mm/yyyy H:MM, ServiceNow d/m/yyyy HH:MM) to ISO text.
CREATE OR REPLACE TEMP MACRO day_first_time(s) AS
    CASE WHEN trim(s) IN ('', '-', '?') THEN NULL
         ELSE coalesce(strftime(try_strptime(trim(s), ['%d/%m/%Y %H:%M', '%d/%m/%Y %H:%M:%S', '%d/%m/%Y']), '%Y-%m-%d %H:%M:%S'), trim(s))
    END;

-- 'H:MM:SS' or 'H:MM' (hours may exceed 24) to minutes.
CREATE OR REPLACE TEMP MACRO hms_minutes(s) AS
    CASE WHEN trim(s) IN ('', '-') THEN NULL
         WHEN regexp_full_match(trim(s), '[0-9]+:[0-5][0-9](:[0-5][0-9])?')
             THEN (list_reduce(list_transform(string_split(trim(s), ':'), x -> x::DOUBLE), (acc, x) -> acc * 60 + x)
                   / CASE WHEN length(string_split(trim(s), ':')) = 3 THEN 60 ELSE 1 END)::VARCHAR
         ELSE trim(s)
    END;

-- Tag lists written with another separator, to the canonical ';'.
CREATE OR REPLACE TEMP MACRO space_tags(s) AS nullif(array_to_string(list_filter(string_split(trim(s), ' '), x -> x <> ''), ';'), '');
CREATE OR REPLACE TEMP MACRO comma_tags(s) AS nullif(array_to_string(list_filter(list_transform(string_split(s, ','), x -> trim(x)), x -> x <> ''), ';'), '');

-- Status words of the vendors to the canonical statuses (unknown words pass through and are quarantined).
CREATE OR REPLACE TEMP MACRO vendor_status(s) AS
    CASE lower(trim(s))
        WHEN '' THEN NULL WHEN '-' THEN NULL WHEN '?' THEN NULL
        WHEN 'new' THEN 'new' WHEN 'open' THEN 'open' WHEN 'active' THEN 'open'
        WHEN 'pending' THEN 'pending' WHEN 'waiting on customer' THEN 'pending' WHEN 'waiting on third party' THEN 'pending'
        WHEN 'awaiting user info' THEN 'pending' WHEN 'awaiting problem' THEN 'hold' WHEN 'awaiting vendor' THEN 'hold'
        WHEN 'awaiting evidence' THEN 'pending'
        WHEN 'hold' THEN 'hold' WHEN 'on-hold' THEN 'hold' WHEN 'on hold' THEN 'hold'
        WHEN 'solved' THEN 'solved' WHEN 'resolved' THEN 'solved'
        WHEN 'closed' THEN 'closed' WHEN 'deleted' THEN 'deleted'
        ELSE trim(s)
    END;

-- Priority words (Freshdesk 'Medium', ServiceNow '3 - Moderate') to low, normal, high, urgent.
CREATE OR REPLACE TEMP MACRO vendor_priority(s) AS
    CASE WHEN trim(s) IN ('', '-', '?') THEN NULL
         ELSE CASE lower(regexp_replace(trim(s), '^[0-9]+\s*-\s*', ''))
             WHEN 'low' THEN 'low' WHEN 'planning' THEN 'low'
             WHEN 'normal' THEN 'normal' WHEN 'medium' THEN 'normal' WHEN 'moderate' THEN 'normal'
             WHEN 'high' THEN 'high'
             WHEN 'urgent' THEN 'urgent' WHEN 'critical' THEN 'urgent'
             ELSE trim(s) END
    END;

-- Channel words of the vendors ('Web form', 'Phone call (incoming)', 'Self service') to the canonical channels.
CREATE OR REPLACE TEMP MACRO vendor_channel(s) AS
    CASE WHEN trim(s) IN ('', '-', '?') THEN NULL
         WHEN regexp_matches(lower(s), 'e-?mail|mail') THEN 'email'
         WHEN regexp_matches(lower(s), 'chat') THEN 'chat'
         WHEN regexp_matches(lower(s), 'phone|voice|ivr|call') THEN 'phone'
         WHEN regexp_matches(lower(s), 'web|portal|form|widget|self.service|help.?center') THEN 'web'
         WHEN regexp_matches(lower(s), 'facebook|twitter|instagram|social') THEN 'social'
         WHEN regexp_matches(lower(s), 'whatsapp|messag|sms|line|wechat') THEN 'messaging'
         WHEN regexp_matches(lower(s), '^api$|api') THEN 'api'
         ELSE 'other'
    END;

-- Zendesk "Satisfaction Score": Good/Bad or a 1-5 number is a CSAT response; Offered / Not Offered are not.
-- Good counts as 5 and Bad as 1 on a 5-point scale, so that Good is "satisfied" (top two boxes) and Bad is not.
CREATE OR REPLACE TEMP MACRO zendesk_is_rating(s) AS lower(trim(s)) IN ('good', 'bad') OR regexp_full_match(trim(s), '[0-9]+(\.[0-9]+)?');
CREATE OR REPLACE TEMP MACRO zendesk_rating_score(s) AS
    CASE lower(trim(s)) WHEN 'good' THEN '5' WHEN 'bad' THEN '1' ELSE trim(s) END;

-- Freshdesk "Survey results" smiley scale to a 1-5 CSAT score.
CREATE OR REPLACE TEMP MACRO freshdesk_is_rating(s) AS
    lower(trim(s)) IN ('extremely happy', 'happy', 'neutral', 'unhappy', 'extremely unhappy');
CREATE OR REPLACE TEMP MACRO freshdesk_rating_score(s) AS
    CASE lower(trim(s)) WHEN 'extremely happy' THEN '5' WHEN 'happy' THEN '4' WHEN 'neutral' THEN '3'
                        WHEN 'unhappy' THEN '2' WHEN 'extremely unhappy' THEN '1' ELSE trim(s) END;

-- A response is dated at the first of two timestamps present (e.g. Solved at, else Updated at).
CREATE OR REPLACE TEMP MACRO first_time(a, b) AS coalesce(zendesk_time(a), zendesk_time(b));
CREATE OR REPLACE TEMP MACRO first_day_first_time(a, b) AS coalesce(day_first_time(a), day_first_time(b));

-- Ids derived from another id.
CREATE OR REPLACE TEMP MACRO csat_response_id(s) AS 'csat-' || trim(s);

-- Validation messages (queries/ingest/validate_*.sql). Each takes the column's name, its text and its
-- value as cast once by the validation query, and returns NULL when the value is fine.
CREATE OR REPLACE TEMP MACRO check_instant(name, text, value) AS
    CASE WHEN text IS NOT NULL AND value IS NULL THEN name || ': ''' || text || ''' is not a timestamp' END;
CREATE OR REPLACE TEMP MACRO check_not_before(name, value, other_name, other) AS
    CASE WHEN value < other THEN name || ' is before ' || other_name END;
CREATE OR REPLACE TEMP MACRO check_one_of(name, value, allowed) AS
    CASE WHEN value IS NOT NULL AND NOT list_contains(allowed, value)
         THEN name || ': ''' || value || ''' is not one of ' || array_to_string(allowed, ', ') END;
CREATE OR REPLACE TEMP MACRO check_number(name, text, value) AS
    CASE WHEN text IS NOT NULL AND value IS NULL THEN name || ': ''' || text || ''' is not a number' END;
CREATE OR REPLACE TEMP MACRO check_count(name, text, value) AS
    CASE WHEN text IS NOT NULL AND value IS NULL THEN name || ': ''' || text || ''' is not a whole number'
         WHEN value < 0 THEN name || ' is negative' END;
CREATE OR REPLACE TEMP MACRO check_minutes(name, text, value) AS
    CASE WHEN text IS NOT NULL AND value IS NULL THEN name || ': ''' || text || ''' is not a number of minutes'
         WHEN value < 0 THEN name || ' is a negative duration' END;
CREATE OR REPLACE TEMP MACRO number_text(x) AS
    CASE WHEN x = trunc(x) AND abs(x) < 1e15 THEN x::BIGINT::VARCHAR ELSE x::VARCHAR END;
CREATE OR REPLACE TEMP MACRO check_score(survey, score, scale_max) AS
    CASE WHEN score IS NULL OR survey IS NULL THEN NULL
         WHEN survey = 'nps' AND (score < 0 OR score > 10) THEN 'score ' || number_text(score) || ' is outside the nps scale 0-10'
         WHEN survey <> 'nps' AND (score < 1 OR score > scale_max)
              THEN 'score ' || number_text(score) || ' is outside the ' || survey || ' scale 1-' || number_text(scale_max) END;

-- The canonical ';'-separated tag text as a list: items trimmed, empty ones dropped, NULL for none. Most lists
-- (plain ASCII, no spaces, no empty item) are split directly; the lambdas cost three times as much.
CREATE OR REPLACE TEMP MACRO tag_list(s) AS
    CASE WHEN s IS NULL THEN NULL
         WHEN strlen(s) = length(s) AND s <> '' AND NOT contains(s, ' ') AND NOT contains(s, ';;')
              AND NOT starts_with(s, ';') AND NOT ends_with(s, ';')
             THEN string_split(s, ';')
         ELSE nullif(list_filter(list_transform(string_split(s, ';'), x -> trim(x)), x -> x <> ''), [])
    END;

-- A line of a JSON-lines file that holds one JSON object.
CREATE OR REPLACE TEMP MACRO is_json_object(line) AS
    CASE WHEN json_valid(line) THEN json_type(try_cast(line AS JSON)) = 'OBJECT' ELSE false END;
