-- roi: the ROI model of docs/kpis.md for every configured initiative, with every input and intermediate
-- figure, so that a manager can redo the sum by hand. Window B is the window_weeks weeks before the
-- initiative's start, window A the same number of weeks from it (local dates, reporting time zone).
--   tickets_per_customer  = tickets created in the window / mean active customers over its days
--                           (active on a day = created before the day began, not churned before it);
--                           without any customer data: raw ticket counts (basis says so)
--   deflection_benefit    = (tickets_per_customer_b - tickets_per_customer_a) * mean_active_customers_a * cost_per_ticket
--   churn_rate            = customers churned in the window / customers active at its start
--   retention_benefit     = (churn_rate_b - churn_rate_a) * customers_at_start_a * revenue_per_customer_month * months_a,
--                           months_a = days of A / 30.4375 (0 without customer data)
--   roi_pct               = 100 * (deflection_benefit + retention_benefit - cost) / cost
-- Like for like (docs/kpis.md, "ROI"): tickets are counted only from the sources whose tickets cover both
-- windows whole (compared_sources() of coverage.sql); the others are named in left_out. When no source
-- covers both, the ticket figures and everything computed from them are null.
CREATE OR REPLACE VIEW roi AS
WITH settings AS (
    SELECT k.reporting_time_zone AS tz, r.cost_per_ticket, r.revenue_per_customer_month, r.window_weeks,
           (SELECT count(*) > 0 FROM customers) AS has_customers
    FROM kpi_settings k, roi_settings r
),
initiatives AS (
    SELECT i.name AS initiative, i.start_date, i.cost, s.*,
           i.start_date - 7 * s.window_weeks AS window_b_start,
           i.start_date + 7 * s.window_weeks AS window_a_end
    FROM roi_initiatives i, settings s
),
windows AS (
    SELECT initiative, 'b' AS w, window_b_start AS from_day, start_date AS to_day, tz FROM initiatives
    UNION ALL
    SELECT initiative, 'a', start_date, window_a_end, tz FROM initiatives
),
bounds AS (
    SELECT w.*, timezone(tz, CAST(from_day AS TIMESTAMP)) AS from_at, timezone(tz, CAST(to_day AS TIMESTAMP)) AS to_at
    FROM windows w
),
sources AS (
    -- per initiative, every source with tickets in B or A: whether it covers both windows whole
    SELECT i.initiative, s.source, s.covers, s.left_out
    FROM initiatives i,
         compared_sources(timezone(i.tz, CAST(i.window_b_start AS TIMESTAMP)), timezone(i.tz, CAST(i.window_a_end AS TIMESTAMP)), i.tz) s
),
compared AS (
    SELECT i.initiative,
           string_agg(s.source, ', ' ORDER BY s.source) FILTER (WHERE s.covers) AS sources,
           string_agg(s.left_out, '; ' ORDER BY s.source) FILTER (WHERE NOT s.covers) AS left_out,
           count(s.source) FILTER (WHERE s.covers) > 0 AS comparable
    FROM initiatives i
    LEFT JOIN sources s ON s.initiative = i.initiative
    GROUP BY i.initiative
),
counted AS (
    SELECT b.initiative, b.w, count(*) AS tickets
    FROM bounds b
    JOIN sources s ON s.initiative = b.initiative AND s.covers
    JOIN tickets t ON t.source = s.source AND t.created_at >= b.from_at AND t.created_at < b.to_at AND t.status IS DISTINCT FROM 'deleted'
    GROUP BY b.initiative, b.w
),
ticket_counts AS (
    SELECT b.initiative, b.w, CASE WHEN c.comparable THEN coalesce(n.tickets, 0) END AS tickets
    FROM bounds b
    JOIN compared c ON c.initiative = b.initiative
    LEFT JOIN counted n ON n.initiative = b.initiative AND n.w = b.w
),
window_days AS (
    SELECT initiative, w, timezone(tz, day) AS day_start
    FROM (SELECT initiative, w, tz,
                 unnest(generate_series(CAST(from_day AS TIMESTAMP), CAST(to_day AS TIMESTAMP) - INTERVAL 1 DAY, INTERVAL 1 DAY)) AS day
          FROM windows)
),
customer_changes AS (
    -- Active on a day = created before the day began and not churned before it: the customers created before the day
    -- less those whose end (the churn; never before the creation) came before it. The days are put in one order with
    -- these changes (a day before the changes of its own instant) and each takes the running total before it, rather
    -- than every day being paired with every customer.
    SELECT created_at AS changed_at, 1 AS delta FROM customers
    UNION ALL
    SELECT greatest(churned_at, created_at), -1 FROM customers WHERE churned_at IS NOT NULL
),
active_per_day AS (
    SELECT initiative, w, day_start, active
    FROM (SELECT initiative, w, day_start, is_day,
                 sum(delta) OVER (ORDER BY day_start, is_day DESC ROWS UNBOUNDED PRECEDING) AS active
          FROM (SELECT initiative, w, day_start, true AS is_day, 0 AS delta FROM window_days
                UNION ALL
                SELECT NULL, NULL, changed_at, false, delta FROM customer_changes))
    WHERE is_day
),
customer_figures AS (
    SELECT b.initiative, b.w,
           (SELECT avg(a.active) FROM active_per_day a WHERE a.initiative = b.initiative AND a.w = b.w) AS mean_active_customers,
           count(c.customer_id) FILTER (WHERE c.created_at < b.from_at AND (c.churned_at IS NULL OR c.churned_at >= b.from_at)) AS customers_at_start,
           count(c.customer_id) FILTER (WHERE c.churned_at >= b.from_at AND c.churned_at < b.to_at) AS churned
    FROM bounds b
    LEFT JOIN customers c ON true
    GROUP BY b.initiative, b.w
),
per_window AS (
    SELECT t.initiative, t.w, t.tickets, f.mean_active_customers, f.customers_at_start, f.churned,
           CASE WHEN s.has_customers THEN t.tickets / nullif(f.mean_active_customers, 0) ELSE t.tickets END AS tickets_per_customer,
           CASE WHEN s.has_customers THEN f.churned / nullif(f.customers_at_start, 0) END AS churn_rate
    FROM ticket_counts t
    JOIN customer_figures f USING (initiative, w)
    CROSS JOIN settings s
),
figures AS (
    SELECT i.initiative, i.start_date, i.cost, i.window_weeks, i.window_b_start, i.window_a_end, i.has_customers,
           i.cost_per_ticket, i.revenue_per_customer_month, c.sources, c.left_out,
           b.tickets AS tickets_b, a.tickets AS tickets_a,
           b.mean_active_customers AS mean_active_customers_b, a.mean_active_customers AS mean_active_customers_a,
           b.tickets_per_customer AS tickets_per_customer_b, a.tickets_per_customer AS tickets_per_customer_a,
           b.customers_at_start AS customers_at_start_b, b.churned AS churned_b, b.churn_rate AS churn_rate_b,
           a.customers_at_start AS customers_at_start_a, a.churned AS churned_a, a.churn_rate AS churn_rate_a,
           CASE WHEN i.has_customers THEN 7 * i.window_weeks / 30.4375 ELSE 0 END AS months_a
    FROM initiatives i
    JOIN per_window b ON b.initiative = i.initiative AND b.w = 'b'
    JOIN per_window a ON a.initiative = i.initiative AND a.w = 'a'
    JOIN compared c ON c.initiative = i.initiative
),
benefits AS (
    SELECT f.*,
           (tickets_per_customer_b - tickets_per_customer_a)
             * CASE WHEN has_customers THEN mean_active_customers_a ELSE 1 END * cost_per_ticket AS deflection_benefit,
           CASE WHEN has_customers
                THEN (churn_rate_b - churn_rate_a) * customers_at_start_a * revenue_per_customer_month * months_a
                ELSE 0 END AS retention_benefit
    FROM figures f
)
SELECT initiative,
       start_date,
       cost,
       window_weeks,
       window_b_start,
       window_a_end,
       CASE WHEN has_customers THEN 'tickets per active customer'
            ELSE 'raw ticket counts (no customer data; no retention benefit)' END AS basis,
       sources,
       left_out,
       tickets_b,
       tickets_a,
       mean_active_customers_b,
       mean_active_customers_a,
       tickets_per_customer_b,
       tickets_per_customer_a,
       cost_per_ticket,
       deflection_benefit,
       customers_at_start_b,
       churned_b,
       churn_rate_b,
       customers_at_start_a,
       churned_a,
       churn_rate_a,
       revenue_per_customer_month,
       months_a,
       retention_benefit,
       deflection_benefit + retention_benefit AS benefit,
       100 * (deflection_benefit + retention_benefit - cost) / nullif(cost, 0) AS roi_pct
FROM benefits
ORDER BY start_date, initiative;

COMMENT ON VIEW roi IS 'The ROI model per configured initiative (Roi in the config), with every input and intermediate figure; see docs/kpis.md.';
COMMENT ON COLUMN roi.initiative IS 'Name of the initiative (Roi.Initiatives[].Name).';
COMMENT ON COLUMN roi.start_date IS 'Its start, a local date: window A begins here, window B ends here.';
COMMENT ON COLUMN roi.cost IS 'What it cost.';
COMMENT ON COLUMN roi.window_weeks IS 'Length of each window, weeks (Roi.WindowWeeks).';
COMMENT ON COLUMN roi.window_b_start IS 'First local date of window B (before).';
COMMENT ON COLUMN roi.window_a_end IS 'Local date after the last day of window A (after): A is [start_date, window_a_end).';
COMMENT ON COLUMN roi.basis IS 'Whether tickets are per active customer or raw counts (when there is no customer data).';
COMMENT ON COLUMN roi.sources IS 'The sources whose tickets are counted: those that cover both windows whole (like for like); null when none does.';
COMMENT ON COLUMN roi.left_out IS 'Sources with tickets in a window that do not cover both, and why ("zendesk-sample started 2026-09-21 13:31"); null when none is left out.';
COMMENT ON COLUMN roi.tickets_b IS 'Tickets created in window B.';
COMMENT ON COLUMN roi.tickets_a IS 'Tickets created in window A.';
COMMENT ON COLUMN roi.mean_active_customers_b IS 'Active customers averaged over the days of window B.';
COMMENT ON COLUMN roi.mean_active_customers_a IS 'Active customers averaged over the days of window A.';
COMMENT ON COLUMN roi.tickets_per_customer_b IS 'tickets_b / mean_active_customers_b (raw tickets_b without customer data).';
COMMENT ON COLUMN roi.tickets_per_customer_a IS 'tickets_a / mean_active_customers_a (raw tickets_a without customer data).';
COMMENT ON COLUMN roi.cost_per_ticket IS 'What handling one ticket costs (Roi.CostPerTicket).';
COMMENT ON COLUMN roi.deflection_benefit IS '(tickets_per_customer_b - tickets_per_customer_a) * mean_active_customers_a * cost_per_ticket.';
COMMENT ON COLUMN roi.customers_at_start_b IS 'Customers active when window B began.';
COMMENT ON COLUMN roi.churned_b IS 'Customers who churned in window B.';
COMMENT ON COLUMN roi.churn_rate_b IS 'churned_b / customers_at_start_b (a fraction).';
COMMENT ON COLUMN roi.customers_at_start_a IS 'Customers active when window A began.';
COMMENT ON COLUMN roi.churned_a IS 'Customers who churned in window A.';
COMMENT ON COLUMN roi.churn_rate_a IS 'churned_a / customers_at_start_a (a fraction).';
COMMENT ON COLUMN roi.revenue_per_customer_month IS 'Revenue of one customer for one month (Roi.RevenuePerCustomerMonth).';
COMMENT ON COLUMN roi.months_a IS 'Length of window A in months: days / 30.4375 (0 without customer data).';
COMMENT ON COLUMN roi.retention_benefit IS '(churn_rate_b - churn_rate_a) * customers_at_start_a * revenue_per_customer_month * months_a.';
COMMENT ON COLUMN roi.benefit IS 'deflection_benefit + retention_benefit.';
COMMENT ON COLUMN roi.roi_pct IS '100 * (benefit - cost) / cost.';
