-- The basis of a ticket's duration under `--hours` (kpi(), the report's first-response buckets).
--
-- A source may give a duration on one basis only: a Zendesk export often has only "First reply time in
-- minutes within business hours", with no calendar reply time and no reply instant. Such a ticket's value
-- on the requested basis is the one it has, on the other basis, rather than none: a median of nothing
-- while frt_n counts the ticket would read as "no first responses". The *_basis columns of kpi() say
-- when this happened.
--
-- basis_value(hours, calendar_value, business_value): the duration on basis hours ('calendar' or 'business')
-- exactly, NULL when the ticket has none on it; other_basis(hours): the basis that is not hours. The one place a
-- basis picks its value, for the macros below and the SLA verdict of kpi_tickets_live() (on its targets' basis).
CREATE OR REPLACE MACRO basis_value(hours, calendar_value, business_value) AS
    CASE WHEN hours = 'business' THEN business_value ELSE calendar_value END;
CREATE OR REPLACE MACRO other_basis(hours) AS CASE WHEN hours = 'business' THEN 'calendar' ELSE 'business' END;

-- on_basis(hours, calendar_value, business_value): the duration on basis hours when the ticket has it, else the
-- one on the other basis; NULL when it has neither.
CREATE OR REPLACE MACRO on_basis(hours, calendar_value, business_value) AS
    coalesce(basis_value(hours, calendar_value, business_value), basis_value(other_basis(hours), calendar_value, business_value));

-- on_other_basis(hours, calendar_value, business_value): whether on_basis()'s value is on the other basis than
-- hours; NULL when there is no value.
CREATE OR REPLACE MACRO on_other_basis(hours, calendar_value, business_value) AS
    CASE WHEN basis_value(hours, calendar_value, business_value) IS NOT NULL THEN false
         WHEN basis_value(other_basis(hours), calendar_value, business_value) IS NOT NULL THEN true END;

-- basis_summary(hours, on_other): an aggregate over the on_other_basis() of the tickets behind a figure: NULL when
-- none has a value, the basis ('calendar' or 'business') when every value is on the same one, 'mixed' when some are
-- on each. Booleans, not the bases' names, go through the grouping: counting them costs a fraction of comparing text.
CREATE OR REPLACE MACRO basis_summary(hours, on_other) AS
    CASE WHEN count(on_other) = 0 THEN NULL
         WHEN NOT bool_or(on_other) THEN hours
         WHEN bool_and(on_other) THEN other_basis(hours)
         ELSE 'mixed' END;
