-- Core tables: what the help desks and surveys told us, one row per ticket, survey response,
-- customer and ticket event. Timestamps are instants (TIMESTAMPTZ); durations are minutes.
-- Uniqueness of each key is kept by the ingest's upsert (see queries/checks/ for the proofs).

CREATE TABLE tickets (
    source                      VARCHAR NOT NULL,
    ticket_id                   VARCHAR NOT NULL,
    created_at                  TIMESTAMPTZ NOT NULL,
    updated_at                  TIMESTAMPTZ,
    first_response_at           TIMESTAMPTZ,
    solved_at                   TIMESTAMPTZ,
    first_solved_at             TIMESTAMPTZ,
    closed_at                   TIMESTAMPTZ,
    status                      VARCHAR,
    channel                     VARCHAR,
    category                    VARCHAR,
    priority                    VARCHAR,
    customer_id                 VARCHAR,
    agent_id                    VARCHAR,
    team                        VARCHAR,
    reopens                     INTEGER,
    agent_replies               INTEGER,
    subject                     VARCHAR,
    tags                        VARCHAR[],
    frt_minutes                 DOUBLE,
    frt_business_minutes        DOUBLE,
    resolution_minutes          DOUBLE,
    resolution_business_minutes DOUBLE,
    extra                       JSON,
    ingest_file_sha256          VARCHAR NOT NULL,
    ingested_at                 TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE tickets IS 'One row per help-desk ticket, latest known version (key: source, ticket_id; the export row with the later updated_at wins).';
COMMENT ON COLUMN tickets.source IS 'Source name: Sources[].Name from config, else the export vendor (canonical, zendesk, freshdesk, servicenow).';
COMMENT ON COLUMN tickets.ticket_id IS 'Ticket id as the source writes it; unique per source.';
COMMENT ON COLUMN tickets.created_at IS 'When the ticket was opened (instant).';
COMMENT ON COLUMN tickets.updated_at IS 'Last change in the source; decides which export row wins on overlap.';
COMMENT ON COLUMN tickets.first_response_at IS 'First public agent reply (instant); null when not given by the source or never answered.';
COMMENT ON COLUMN tickets.solved_at IS 'Latest solve (instant); null when not solved.';
COMMENT ON COLUMN tickets.first_solved_at IS 'First solve (instant), earlier than solved_at for reopened tickets.';
COMMENT ON COLUMN tickets.closed_at IS 'When the ticket was closed (instant).';
COMMENT ON COLUMN tickets.status IS 'new, open, pending, hold, solved, closed or deleted (deleted tickets are excluded from every KPI).';
COMMENT ON COLUMN tickets.channel IS 'email, chat, phone, web, social, messaging, api or other.';
COMMENT ON COLUMN tickets.category IS 'Ticket category as the source names it.';
COMMENT ON COLUMN tickets.priority IS 'low, normal, high or urgent.';
COMMENT ON COLUMN tickets.customer_id IS 'Requester / customer id (joins customers.customer_id).';
COMMENT ON COLUMN tickets.agent_id IS 'Assignee.';
COMMENT ON COLUMN tickets.team IS 'Group / assignment group.';
COMMENT ON COLUMN tickets.reopens IS 'Number of times the ticket was reopened after a solve.';
COMMENT ON COLUMN tickets.agent_replies IS 'Number of public agent replies.';
COMMENT ON COLUMN tickets.subject IS 'Ticket subject (untrusted text).';
COMMENT ON COLUMN tickets.tags IS 'Tags as a list.';
COMMENT ON COLUMN tickets.frt_minutes IS 'First reply time computed by the source, calendar minutes.';
COMMENT ON COLUMN tickets.frt_business_minutes IS 'First reply time computed by the source, business minutes (its own schedule).';
COMMENT ON COLUMN tickets.resolution_minutes IS 'Full resolution time computed by the source, calendar minutes.';
COMMENT ON COLUMN tickets.resolution_business_minutes IS 'Full resolution time computed by the source, business minutes.';
COMMENT ON COLUMN tickets.extra IS 'Columns of the export that have no place above, as a JSON object (nothing is dropped).';
COMMENT ON COLUMN tickets.ingest_file_sha256 IS 'SHA-256 of the export file this version came from (joins ingest_log).';
COMMENT ON COLUMN tickets.ingested_at IS 'When this version was loaded.';

CREATE TABLE surveys (
    source             VARCHAR NOT NULL,
    response_id        VARCHAR NOT NULL,
    survey             VARCHAR NOT NULL,
    score              DOUBLE NOT NULL,
    scale_max          DOUBLE NOT NULL,
    responded_at       TIMESTAMPTZ NOT NULL,
    ticket_id          VARCHAR,
    customer_id        VARCHAR,
    agent_id           VARCHAR,
    comment            VARCHAR,
    extra              JSON,
    ingest_file_sha256 VARCHAR NOT NULL,
    ingested_at        TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE surveys IS 'One row per survey response (key: source, response_id; a later responded_at wins).';
COMMENT ON COLUMN surveys.survey IS 'csat, nps or ces.';
COMMENT ON COLUMN surveys.score IS 'The answer: csat 1..scale_max, nps 0-10, ces 1-7 (7 = very easy).';
COMMENT ON COLUMN surveys.scale_max IS 'Top of the scale (default 5 for csat, 10 for nps, 7 for ces).';
COMMENT ON COLUMN surveys.responded_at IS 'When the answer was given (instant); for exports without dates, the date given at ingest.';
COMMENT ON COLUMN surveys.ticket_id IS 'Ticket the response is about, when known.';
COMMENT ON COLUMN surveys.comment IS 'Free-text answer (untrusted text).';
COMMENT ON COLUMN surveys.response_id IS 'Response id as the source writes it (csat-<ticket id> for ratings inside a ticket export); unique per source.';
COMMENT ON COLUMN surveys.customer_id IS 'Customer who answered, when known (joins customers.customer_id).';
COMMENT ON COLUMN surveys.agent_id IS 'Agent the response is about, when known.';
COMMENT ON COLUMN surveys.source IS 'Source name: Sources[].Name from config, else the export format.';
COMMENT ON COLUMN surveys.extra IS 'Columns of the export that have no place above, as a JSON object (nothing is dropped).';
COMMENT ON COLUMN surveys.ingest_file_sha256 IS 'SHA-256 of the export file this row came from (joins ingest_log).';
COMMENT ON COLUMN surveys.ingested_at IS 'When this row was loaded.';

CREATE TABLE customers (
    source             VARCHAR NOT NULL,
    customer_id        VARCHAR NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    churned_at         TIMESTAMPTZ,
    segment            VARCHAR,
    plan               VARCHAR,
    mrr                DECIMAL(18, 2),
    extra              JSON,
    ingest_file_sha256 VARCHAR NOT NULL,
    ingested_at        TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE customers IS 'One row per customer (key: customer_id; the most recently ingested row wins).';
COMMENT ON COLUMN customers.created_at IS 'Sign-up (instant).';
COMMENT ON COLUMN customers.churned_at IS 'When the customer left (instant); null while active.';
COMMENT ON COLUMN customers.mrr IS 'Monthly recurring revenue, in the account currency.';
COMMENT ON COLUMN customers.customer_id IS 'Customer id; unique across sources.';
COMMENT ON COLUMN customers.segment IS 'Customer segment (e.g. smb, mid-market, enterprise).';
COMMENT ON COLUMN customers.plan IS 'Plan the customer is on.';
COMMENT ON COLUMN customers.source IS 'Source name: Sources[].Name from config, else the export format.';
COMMENT ON COLUMN customers.extra IS 'Columns of the export that have no place above, as a JSON object (nothing is dropped).';
COMMENT ON COLUMN customers.ingest_file_sha256 IS 'SHA-256 of the export file this row came from (joins ingest_log).';
COMMENT ON COLUMN customers.ingested_at IS 'When this row was loaded.';

CREATE TABLE ticket_events (
    source             VARCHAR NOT NULL,
    ticket_id          VARCHAR NOT NULL,
    "at"               TIMESTAMPTZ NOT NULL,
    actor              VARCHAR,
    public             BOOLEAN,
    type               VARCHAR NOT NULL,
    status             VARCHAR,
    extra              JSON,
    ingest_file_sha256 VARCHAR NOT NULL,
    ingested_at        TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE ticket_events IS 'One row per ticket event from richer sources (key: source, ticket_id, at, type, status, actor).';
COMMENT ON COLUMN ticket_events.actor IS 'customer, agent, bot or system.';
COMMENT ON COLUMN ticket_events.public IS 'Whether a comment was visible to the customer.';
COMMENT ON COLUMN ticket_events.type IS 'comment or status.';
COMMENT ON COLUMN ticket_events.status IS 'For status events: the new status.';
COMMENT ON COLUMN ticket_events.ticket_id IS 'Ticket the event belongs to (joins tickets on source, ticket_id).';
COMMENT ON COLUMN ticket_events."at" IS 'When it happened (instant).';
COMMENT ON COLUMN ticket_events.source IS 'Source name: Sources[].Name from config, else the export format.';
COMMENT ON COLUMN ticket_events.extra IS 'Columns of the export that have no place above, as a JSON object (nothing is dropped).';
COMMENT ON COLUMN ticket_events.ingest_file_sha256 IS 'SHA-256 of the export file this row came from (joins ingest_log).';
COMMENT ON COLUMN ticket_events.ingested_at IS 'When this row was loaded.';
