-- The basis of a ticket's duration under `--hours` (kpi(), the report's first-response buckets).
--
-- A source may give a duration on one basis only: a Zendesk export often has only "First reply time in
-- minutes within business hours", with no calendar reply time and no reply instant. Such a ticket's value
-- on the requested basis is the one it has, on the other basis, rather than none: a median of nothing
-- while frt_n counts the ticket would read as "no first responses". The *_basis columns of kpi() say
-- when this happened.
--
-- on_basis(hours, calendar_value, business_value): the duration on basis hours ('calendar' or
-- 'business') when the ticket has it, else the one on the other basis; NULL when it has neither.
CREATE OR REPLACE MACRO on_basis(hours, calendar_value, business_value) AS
    CASE WHEN hours = 'business' THEN coalesce(business_value, calendar_value)
         ELSE coalesce(calendar_value, business_value) END;

-- basis_of(hours, calendar_value, business_value): the basis of on_basis()'s value: 'calendar',
-- 'business', or NULL when there is no value.
CREATE OR REPLACE MACRO basis_of(hours, calendar_value, business_value) AS
    CASE WHEN hours = 'business'
         THEN CASE WHEN business_value IS NOT NULL THEN 'business' WHEN calendar_value IS NOT NULL THEN 'calendar' END
         ELSE CASE WHEN calendar_value IS NOT NULL THEN 'calendar' WHEN business_value IS NOT NULL THEN 'business' END END;

-- basis_summary(basis): an aggregate over the basis_of() of the tickets behind a figure: NULL when none has
-- a value, the basis when every value is on the same one, 'mixed' when some are on each.
CREATE OR REPLACE MACRO basis_summary(basis) AS
    CASE WHEN count(basis) = 0 THEN NULL
         WHEN min(basis) = max(basis) THEN min(basis)
         ELSE 'mixed' END;
