-- Mutes a category ($category) or all of them ($category null) through $until.
INSERT INTO alert_silences (category, until, reason, created_at)
VALUES ($category, CAST($until AS DATE), $reason, $now::TIMESTAMPTZ);
