-- One priority's first-response target (Sla.FirstResponseMinutes).
INSERT INTO sla_targets VALUES ($priority, $minutes);
