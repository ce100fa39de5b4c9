-- Every recorded alert state change, oldest first: folded into the current state of each category and measure
-- (AlertLifecycle.Fold).
SELECT category, day, state, observed, baseline, ratio, p_value, severity, why, silenced, held, days, measure, texts
FROM alerts
ORDER BY day, id;
