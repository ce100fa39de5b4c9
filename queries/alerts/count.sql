-- How many changes of alert state the history holds (analytics alerts list).
SELECT count(*) FROM alerts;
