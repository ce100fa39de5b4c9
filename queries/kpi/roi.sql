-- The ROI table behind `analytics roi` (definition: queries/views/roi.sql, docs/kpis.md).
SELECT * FROM roi;
