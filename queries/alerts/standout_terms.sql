-- One row per term (a subject word or a tag) that stands out among category $category's tickets on $day
-- against the 56 days before it: what people write about in a spike. Up to $limit rows, best first.
-- With $negative true, the texts are the category's negative ones instead (docs/alerts.md, "Negative share"): its
-- tickets labelled negative (kpi_tickets.sentiment, by created_local) and its survey comments labelled negative
-- (kpi_surveys.sentiment, by responded_local; their words, no tags), on both sides, the day and the 56 days before; a
-- comment is a text of its own. Below, "ticket" then reads "text".
--
--   term             a subject word (lower case, split on anything but letters and digits, at least 3
--                    characters, not all digits, not a stop word) or a tag (lower case); the category's
--                    own name is left out, it says nothing new
--   today            tickets of $day carrying the term (a ticket counts once per term, subject or tag)
--   typical_per_day  tickets carrying it in the 56 days before $day, divided by 56
--   score            ln((today + 1) / (typical_per_day + 1)): how many times more frequent the term is
--                    than usual, smoothed so that a term seen once where it never was does not win
-- A term needs at least $min_count tickets on $day and more than its typical rate. A subject word that is part
-- of a standing-out tag with at least as many tickets that day ("failed" beside "payment_failed") is left out:
-- it repeats the tag and would crowd out other words.
WITH window_tickets AS (
    SELECT CAST(k.created_local AS DATE) AS day, k.source, k.ticket_id, t.subject, t.tags
    FROM kpi_tickets k
    JOIN tickets t ON t.source = k.source AND t.ticket_id = k.ticket_id
    WHERE coalesce(k.category, $no_category) = $category
      AND CAST(k.created_local AS DATE) BETWEEN CAST($day AS DATE) - 56 AND CAST($day AS DATE)
      AND (NOT $negative OR k.sentiment = 'negative')
    UNION ALL
    -- the negative survey comments ($negative only); keyed apart from the tickets, so each counts once per term
    SELECT CAST(s.responded_local AS DATE), s.source, 'response ' || s.response_id, r.comment, CAST(NULL AS VARCHAR[])
    FROM kpi_surveys s
    JOIN surveys r ON r.source = s.source AND r.response_id = s.response_id
    WHERE $negative AND s.sentiment = 'negative'
      AND coalesce(s.category, $no_category) = $category
      AND CAST(s.responded_local AS DATE) BETWEEN CAST($day AS DATE) - 56 AND CAST($day AS DATE)
),
stop_words(word) AS (
    VALUES ('the'), ('and'), ('for'), ('not'), ('with'), ('from'), ('after'), ('into'), ('can'), ('cannot'),
           ('but'), ('have'), ('has'), ('was'), ('are'), ('our'), ('you'), ('your'), ('when'), ('what'),
           ('how'), ('why'), ('this'), ('that'), ('please'), ('help'), ('need'), ('still'), ('again'),
           ('get'), ('got'), ('does'), ('doesn'), ('don'), ('all'), ('any'), ('via'), ('just'), ('yet'),
           ('too'), ('very'), ('out'), ('its'), ('there'), ('will'), ('about'), ('being'), ('been'), ('re'),
           ('fwd'), ('urgent'), ('asap'), ('question'), ('issue'), ('problem'), ('since'), ('today')
),
words AS (
    SELECT day, source, ticket_id, word AS term, false AS is_tag
    FROM (
        SELECT day, source, ticket_id,
               unnest(regexp_split_to_array(lower(coalesce(subject, '')), '[^\p{L}\p{N}]+')) AS word
        FROM window_tickets
    )
    WHERE length(word) >= 3
      AND NOT regexp_full_match(word, '[0-9]+')
      AND word NOT IN (SELECT word FROM stop_words)
),
tags AS (
    SELECT day, source, ticket_id, lower(trim(tag)) AS term, true AS is_tag
    FROM (SELECT day, source, ticket_id, unnest(tags) AS tag FROM window_tickets WHERE tags IS NOT NULL)
    WHERE length(trim(tag)) > 0
),
ticket_terms AS (
    SELECT day, source, ticket_id, term, bool_or(is_tag) AS is_tag
    FROM (SELECT * FROM words UNION ALL SELECT * FROM tags)
    WHERE term <> lower($category)
    GROUP BY ALL
),
counted AS (
    SELECT term,
           bool_or(is_tag) AS is_tag,
           count(*) FILTER (WHERE day = CAST($day AS DATE)) AS today,
           count(*) FILTER (WHERE day < CAST($day AS DATE)) / 56.0 AS typical_per_day
    FROM ticket_terms
    GROUP BY term
),
candidates AS (
    SELECT *, ln((today + 1) / (typical_per_day + 1)) AS score
    FROM counted
    WHERE today >= $min_count AND today > typical_per_day
)
SELECT w.term, w.today, w.typical_per_day
FROM candidates w
WHERE w.is_tag
   OR NOT EXISTS (
       SELECT 1 FROM candidates t
       WHERE t.is_tag AND t.term <> w.term AND t.today >= w.today
         AND list_contains(regexp_split_to_array(t.term, '[^\p{L}\p{N}]+'), w.term))
ORDER BY w.score DESC, w.today DESC, w.term
LIMIT $limit;
