-- One row: the NPS responses of kpi_surveys answered on the local dates $from..$to (attributed as kpi() does, by responded_local), split into promoters (9-10), passives (7-8) and detractors (0-6).
SELECT count(*) FILTER (WHERE score >= 9) AS promoters,
       count(*) FILTER (WHERE score > 6 AND score < 9) AS passives,
       count(*) FILTER (WHERE score <= 6) AS detractors
FROM kpi_surveys
WHERE survey = 'nps'
  AND responded_local >= CAST($from AS DATE)
  AND responded_local < CAST($to AS DATE) + 1;
