-- Lifts the silences of a category ($all false) or the silences of all categories ($all true) that still hold.
UPDATE alert_silences
SET lifted_at = $now::TIMESTAMPTZ
WHERE lifted_at IS NULL
  AND until >= CAST($from AS DATE)
  AND (CASE WHEN $all THEN category IS NULL ELSE category = $category END);
