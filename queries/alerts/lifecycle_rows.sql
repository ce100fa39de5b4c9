-- Every recorded alert state change, oldest first: folded into each category's current state
-- (AlertLifecycle.Fold).
SELECT category, day, state, observed, baseline, ratio, p_value, severity, why, silenced, held, days
FROM alerts
ORDER BY day, id;
