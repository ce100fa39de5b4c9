-- Each customer once: a customer_id with more than one row (queries/schema/001_core_tables.sql). Zero rows when fine.
SELECT customer_id, count(*) AS rows
FROM customers
GROUP BY customer_id
HAVING count(*) > 1;
