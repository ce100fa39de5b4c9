-- One row, one value: true when the warehouse holds data but no coverage rows (a file written before the
-- coverage table existed), so that they are derived once.
SELECT NOT EXISTS (SELECT 1 FROM coverage)
       AND (EXISTS (SELECT 1 FROM tickets) OR EXISTS (SELECT 1 FROM surveys) OR EXISTS (SELECT 1 FROM ticket_events));
