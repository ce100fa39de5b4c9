-- The offsets of one zone ($zone) into zone_offsets and zone_days (zone_offsets.sql), 1900 to 2100: DuckDB's own zone
-- rules found week by week, then day by day, quarter-hour and minute around each week in which the offset changed.
-- The zone is a parameter, not a column, so that DuckDB builds its zone rules once rather than once per row.
INSERT INTO zone_offsets
WITH weeks AS MATERIALIZED (
    SELECT w AS pt, epoch_us(timezone($zone, make_timestamptz(w))) - w AS offset_us
    FROM range(-2208988800000000, 4102444800000000, 604800000000) AS g(w)
),
changed_weeks AS MATERIALIZED (
    SELECT pt FROM (SELECT pt, offset_us, lag(offset_us) OVER (ORDER BY pt) AS previous FROM weeks)
    WHERE previous <> offset_us
),
days AS MATERIALIZED (
    SELECT pt, epoch_us(timezone($zone, make_timestamptz(pt))) - pt AS offset_us
    FROM (SELECT c.pt - 604800000000 + k * 86400000000 AS pt FROM changed_weeks c CROSS JOIN range(0, 8) AS g(k))
),
changed_days AS MATERIALIZED (
    SELECT pt FROM (SELECT pt, offset_us, lag(offset_us) OVER (ORDER BY pt) AS previous FROM days)
    WHERE previous <> offset_us
),
quarters AS MATERIALIZED (
    SELECT pt, epoch_us(timezone($zone, make_timestamptz(pt))) - pt AS offset_us
    FROM (SELECT c.pt - 86400000000 + k * 900000000 AS pt FROM changed_days c CROSS JOIN range(0, 97) AS g(k))
),
changed_quarters AS MATERIALIZED (
    SELECT pt FROM (SELECT pt, offset_us, lag(offset_us) OVER (ORDER BY pt) AS previous FROM quarters)
    WHERE previous <> offset_us
),
minutes AS MATERIALIZED (
    SELECT pt, epoch_us(timezone($zone, make_timestamptz(pt))) - pt AS offset_us
    FROM (SELECT c.pt - 900000000 + k * 60000000 AS pt FROM changed_quarters c CROSS JOIN range(0, 16) AS g(k))
),
points AS MATERIALIZED (
    SELECT * FROM weeks UNION ALL SELECT * FROM days UNION ALL SELECT * FROM quarters UNION ALL SELECT * FROM minutes
)
SELECT $zone, make_timestamptz(pt), offset_us
FROM (SELECT pt, offset_us, lag(offset_us) OVER (ORDER BY pt) AS previous FROM points)
WHERE previous IS NULL OR previous <> offset_us;

INSERT INTO zone_days
WITH changes AS (
    SELECT utc_day(from_at) AS day, list({'at_us': epoch_us(from_at), 'offset_us': offset_us} ORDER BY from_at) AS changes
    FROM zone_offsets WHERE zone = $zone
    GROUP BY ALL
),
days AS (
    SELECT g.day, make_timestamptz(g.day * 86400000000) AS day_start
    FROM range(-25567, 47482) AS g(day) -- 1900-01-01 to 2099-12-31
)
SELECT $zone, d.day, o.offset_us, c.changes
FROM days d
ASOF JOIN (SELECT from_at, offset_us FROM zone_offsets WHERE zone = $zone) o ON d.day_start >= o.from_at
LEFT JOIN changes c ON c.day = d.day;
