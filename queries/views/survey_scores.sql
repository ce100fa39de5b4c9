-- What a survey score says, for kpi()'s NPS and the report's NPS split (docs/kpis.md, "The columns").
--
-- nps_bucket(score): the group an NPS answer (0-10) falls in: 'promoter' (9-10), 'passive' (7-8) or
-- 'detractor' (0-6); NULL without a score. NPS is 100 * (promoters - detractors) / responses.
CREATE OR REPLACE MACRO nps_bucket(score) AS
    CASE WHEN score >= 9 THEN 'promoter' WHEN score > 6 THEN 'passive' WHEN score <= 6 THEN 'detractor' END;
