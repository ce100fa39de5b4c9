-- Alert state changes, newest first ($limit rows; a large number for all).
SELECT category, CAST(day AS VARCHAR) AS day, state, observed, baseline, ratio, p_value, severity, why,
       silenced, held, run_key, notified_at, recorded_at, days, measure, texts
FROM alerts
ORDER BY day DESC, id DESC
LIMIT $limit;
