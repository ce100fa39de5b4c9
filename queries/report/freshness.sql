-- One row: how current the warehouse is for a report on the local dates $from..$to: the latest ticket creation seen (any ticket, any source, from the coverage table) and the input rows quarantined during the period (quarantined_at in the reporting time zone).
SELECT (SELECT max(last_at) FROM coverage WHERE kind = 'tickets') AS latest_ticket_at,
       (SELECT count(*) FROM quarantine q, kpi_settings s
        WHERE timezone(s.reporting_time_zone, q.quarantined_at) >= CAST($from AS DATE)
          AND timezone(s.reporting_time_zone, q.quarantined_at) < CAST($to AS DATE) + 1) AS quarantined_in_period;
