-- One row: the NPS responses of kpi_surveys answered on the local dates $from..$to (attributed as kpi() does, by responded_local), split by nps_bucket() (queries/views/survey_scores.sql) into promoters, passives and detractors.
SELECT count(*) FILTER (WHERE nps_bucket(score) = 'promoter') AS promoters,
       count(*) FILTER (WHERE nps_bucket(score) = 'passive') AS passives,
       count(*) FILTER (WHERE nps_bucket(score) = 'detractor') AS detractors
FROM kpi_surveys
WHERE survey = 'nps'
  AND responded_local >= CAST($from AS DATE)
  AND responded_local < CAST($to AS DATE) + 1;
