-- Survey comments labelled by their score, for the learnt sentiment model (docs/voc.md, "Learnt model"): CSAT's top
-- two boxes (score >= scale_max - 1, as csat_pct counts them) positive, its bottom two (1-2) negative; NPS promoters
-- positive, detractors negative (nps_bucket); the middle box and passives are left out. In key order, so that the
-- same warehouse always gives the same folds.
SELECT comment AS text,
       CASE WHEN survey = 'nps' THEN nps_bucket(score) = 'promoter' ELSE score >= scale_max - 1 END AS positive
FROM surveys
WHERE comment IS NOT NULL AND trim(comment) <> ''
  AND ((survey = 'nps' AND nps_bucket(score) IN ('promoter', 'detractor'))
    OR (survey = 'csat' AND (score >= scale_max - 1 OR score <= 2)))
ORDER BY source, response_id;
