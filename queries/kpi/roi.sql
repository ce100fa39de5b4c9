-- The ROI table behind `analytics roi` (definition: queries/views/050_roi.sql, docs/kpis.md).
SELECT * FROM roi;
