-- What a survey score says, for kpi()'s CSAT and NPS, the report's NPS split and the drivers of satisfaction
-- (docs/kpis.md, "The columns"; docs/voc.md, "Drivers").
--
-- csat_satisfied(score, scale_max): whether a CSAT answer is in the top two boxes (score >= scale_max - 1: 4-5 of 5,
-- 9-10 of 10), what csat_pct is the share of.
--
-- nps_bucket(score): the group an NPS answer (0-10) falls in: 'promoter' (9-10), 'passive' (7-8) or
-- 'detractor' (0-6); NULL without a score. NPS is 100 * (promoters - detractors) / responses.
CREATE OR REPLACE MACRO nps_bucket(score) AS
    CASE WHEN score >= 9 THEN 'promoter' WHEN score > 6 THEN 'passive' WHEN score <= 6 THEN 'detractor' END;

CREATE OR REPLACE MACRO csat_satisfied(score, scale_max) AS score >= scale_max - 1;
