-- Silences not lifted, through their last day; $from: leave out those that ended before it.
SELECT id, category, CAST(until AS VARCHAR) AS until, reason
FROM alert_silences
WHERE lifted_at IS NULL AND until >= CAST($from AS DATE)
ORDER BY id;
