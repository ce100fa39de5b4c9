-- One row: the first local day (reporting zone) with a ticket that counts, where a detection history starts.
SELECT min(CAST(created_local AS DATE)) AS first_day FROM kpi_tickets;
