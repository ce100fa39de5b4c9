-- Every stored survey score on its scale (the ingest quarantines others; queries/ingest/validate_surveys.sql):
-- nps 0-10, csat and ces 1..scale_max. Zero rows when fine.
SELECT source, response_id, survey, score, scale_max
FROM surveys
WHERE score IS NULL
   OR (survey = 'nps' AND (score < 0 OR score > 10))
   OR (survey <> 'nps' AND (score < 1 OR score > scale_max));
