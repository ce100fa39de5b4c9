-- What the stored per-ticket and per-response rows mean (docs/kpis.md, "Stored per-ticket rows"): run after
-- each rebuild of the tables kpi_tickets and kpi_surveys (queries/facts/rebuild.sql).

COMMENT ON TABLE kpi_tickets IS 'One row per ticket that counts in KPIs (deleted tickets left out), with every derived time: first response, resolution, wait, business minutes, SLA verdict. Stored, kept by the ingest from kpi_tickets_live() (queries/views/kpi_tickets.sql), and rebuilt when the settings it is computed with change (kpi_facts_state).';
COMMENT ON COLUMN kpi_tickets.source IS 'Source name (tickets.source).';
COMMENT ON COLUMN kpi_tickets.ticket_id IS 'Ticket id; unique per source.';
COMMENT ON COLUMN kpi_tickets.status IS 'Current status (never deleted here).';
COMMENT ON COLUMN kpi_tickets.channel IS 'Channel (dimension "channel").';
COMMENT ON COLUMN kpi_tickets.category IS 'Category (dimension "category").';
COMMENT ON COLUMN kpi_tickets.priority IS 'Priority (dimension "priority"); picks the SLA target.';
COMMENT ON COLUMN kpi_tickets.team IS 'Team (dimension "team").';
COMMENT ON COLUMN kpi_tickets.agent_id IS 'Assignee (dimension "agent").';
COMMENT ON COLUMN kpi_tickets.customer_id IS 'Customer.';
COMMENT ON COLUMN kpi_tickets.created_at IS 'Opened (instant); volume counts here.';
COMMENT ON COLUMN kpi_tickets.first_response_at IS 'First response (instant): as given, else created_at + the source''s calendar first reply time.';
COMMENT ON COLUMN kpi_tickets.first_response_counted_at IS 'Instant whose period the first-response KPIs count in: first_response_at, or created_at when the source gives only a business-hours duration.';
COMMENT ON COLUMN kpi_tickets.solved_at IS 'Latest solve (instant); resolution, FCR, zero-touch, reopen and wait time KPIs count here.';
COMMENT ON COLUMN kpi_tickets.created_local IS 'created_at as wall-clock time in the reporting time zone (periods are cut on these).';
COMMENT ON COLUMN kpi_tickets.first_response_counted_local IS 'first_response_counted_at as wall-clock time in the reporting time zone.';
COMMENT ON COLUMN kpi_tickets.solved_local IS 'solved_at as wall-clock time in the reporting time zone.';
COMMENT ON COLUMN kpi_tickets.reopens IS 'Times reopened (null: not given, counted as never reopened).';
COMMENT ON COLUMN kpi_tickets.agent_replies IS 'Public agent replies (null: not given, ticket left out of FCR and zero-touch; 0: zero-touch, not in FCR).';
COMMENT ON COLUMN kpi_tickets.frt_minutes IS 'First response time, calendar minutes.';
COMMENT ON COLUMN kpi_tickets.frt_business_minutes IS 'First response time, business minutes (the source''s value when given, else by the business calendar, else calendar minutes when no calendar is configured).';
COMMENT ON COLUMN kpi_tickets.resolution_minutes IS 'Full resolution time (created to latest solve), calendar minutes.';
COMMENT ON COLUMN kpi_tickets.resolution_business_minutes IS 'Full resolution time, business minutes (same rules as frt_business_minutes).';
COMMENT ON COLUMN kpi_tickets.awt_minutes IS 'Of a solved ticket, the time it waited on support, calendar minutes: the source''s requester wait when given, else the time in status new or open by its status events up to its latest solve (null: neither, or not solved).';
COMMENT ON COLUMN kpi_tickets.awt_business_minutes IS 'The same wait in business minutes: the source''s business value when given, else the status-event stretches by the business calendar, else calendar minutes when no calendar is configured.';
COMMENT ON COLUMN kpi_tickets.frt_sla_target_minutes IS 'First-response target for the ticket''s priority (null: no target).';
COMMENT ON COLUMN kpi_tickets.frt_sla_met IS 'First response within target, measured in the target''s time basis (null: no target or no first response).';
COMMENT ON COLUMN kpi_tickets.sentiment IS 'Tone of the ticket''s text (ticket_sentiment.label): negative, neutral or positive; null until it is scored, right after the ingest that loads it (docs/voc.md).';

COMMENT ON TABLE kpi_ticket_days IS 'The backlog''s counts per UTC day and source, which kpi() without a dimension adds up for the backlog before its first period: kpi_ticket_days_live() over kpi_tickets (queries/views/kpi_ticket_days.sql), kept by the ingest with it.';
COMMENT ON COLUMN kpi_ticket_days.source IS 'Source name.';
COMMENT ON COLUMN kpi_ticket_days.day IS 'UTC day, days since 1970-01-01 (utc_day()).';
COMMENT ON COLUMN kpi_ticket_days.opened IS 'Tickets created that day that can count in the backlog (can_be_open()).';
COMMENT ON COLUMN kpi_ticket_days.solved IS 'Tickets solved that day, whenever created (those with a creation instant).';

COMMENT ON TABLE kpi_surveys IS 'One row per survey response that counts in KPIs (responses about deleted tickets left out), with the dimensions of its ticket. Stored, kept by the ingest from kpi_surveys_live() (queries/views/kpi_surveys.sql).';
COMMENT ON COLUMN kpi_surveys.source IS 'Source name (surveys.source).';
COMMENT ON COLUMN kpi_surveys.response_id IS 'Response id; unique per source.';
COMMENT ON COLUMN kpi_surveys.survey IS 'csat, nps or ces.';
COMMENT ON COLUMN kpi_surveys.score IS 'The answer on its scale.';
COMMENT ON COLUMN kpi_surveys.scale_max IS 'Top of the scale; CSAT counts scores of scale_max - 1 and above as satisfied.';
COMMENT ON COLUMN kpi_surveys.responded_at IS 'When answered (instant); survey KPIs count here.';
COMMENT ON COLUMN kpi_surveys.responded_local IS 'responded_at as wall-clock time in the reporting time zone (periods are cut on these).';
COMMENT ON COLUMN kpi_surveys.ticket_id IS 'Ticket the response is about, when known.';
COMMENT ON COLUMN kpi_surveys.customer_id IS 'Customer who answered, when known.';
COMMENT ON COLUMN kpi_surveys.agent_id IS 'Agent the response is about: as given, else the ticket''s assignee (dimension "agent").';
COMMENT ON COLUMN kpi_surveys.channel IS 'Channel of the ticket (dimension "channel").';
COMMENT ON COLUMN kpi_surveys.category IS 'Category of the ticket (dimension "category").';
COMMENT ON COLUMN kpi_surveys.priority IS 'Priority of the ticket (dimension "priority").';
COMMENT ON COLUMN kpi_surveys.team IS 'Team of the ticket (dimension "team").';
COMMENT ON COLUMN kpi_surveys.sentiment IS 'Tone of the response''s comment (comment_sentiment.label): negative, neutral or positive; null without a comment, or until it is scored, right after the ingest that loads it (docs/voc.md).';
