-- The drivers' survey responses one by one, oldest key first: driver_responses() (queries/views/drivers.sql) of the
-- $survey responses answered on the local dates $from..$to, first response times in $hours hours.
SELECT * FROM driver_responses($survey, $from, $to, $hours)
ORDER BY source, response_id;
