-- The dimensions a KPI table splits by (the values of kpi()'s dim; docs/kpis.md, "The columns").
--
-- dimension_value(dim, channel, category, priority, team, agent_id, source): of a ticket's (or a survey response's)
-- columns, the one dimension dim ('channel', 'category', 'priority', 'team', 'agent' or 'source') is: NULL when dim
-- is NULL or none of these. The one place the dimensions are named in SQL; the program's own list is the Dimension
-- type (pipeline/Domain), which a test holds to this one. A constant dim folds to the one column it names.
CREATE OR REPLACE MACRO dimension_value(dim, channel, category, priority, team, agent_id, source) AS
    CASE dim WHEN 'channel' THEN channel WHEN 'category' THEN category
             WHEN 'priority' THEN priority WHEN 'team' THEN team
             WHEN 'agent' THEN agent_id WHEN 'source' THEN source END;
