-- The latest day the lifecycle judged (null: none yet). Days up to it are not judged again.
SELECT CAST(max(day) AS VARCHAR) FROM alert_days;
