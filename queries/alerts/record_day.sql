-- A day judged by the lifecycle; the primary key keeps it from being judged twice.
INSERT INTO alert_days (day, categories_checked, changes, judged_at)
VALUES ($day, $categories_checked, $changes, $now::TIMESTAMPTZ);
