-- One alert state change of a judged day (AlertLifecycle.Judge).
INSERT INTO alerts (category, day, state, observed, baseline, ratio, p_value, severity, why, silenced, held, run_key, notified_at, recorded_at, days, measure, texts)
VALUES ($category, $day, $state, $observed, $baseline, $ratio, $p_value, $severity, $why, $silenced, $held, $run_key, $notified_at::TIMESTAMPTZ, $now::TIMESTAMPTZ, $days, $measure, $texts);
