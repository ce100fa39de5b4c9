-- frt_buckets(): the first-response duration buckets, one row each in order: position, bucket (its label),
-- lower_minutes (inclusive; NULL: none) and upper_minutes (exclusive; NULL: none). Exactly 60 minutes is 1-4 h.
-- The one place they are written: the report's FRT distribution (queries/report/frt_buckets.sql) and the drivers of
-- satisfaction (queries/drivers/responses.sql) both use them.
CREATE OR REPLACE MACRO frt_buckets() AS TABLE
SELECT * FROM (VALUES (1, '<1 h', NULL, 60), (2, '1-4 h', 60, 240), (3, '4-8 h', 240, 480), (4, '8-24 h', 480, 1440), (5, '>24 h', 1440, NULL))
    AS b(position, bucket, lower_minutes, upper_minutes);
