-- The alert stage's memory (module alert; its schema lives here so that one Flyway history covers the database).
-- alert_deals: its view of each deal merged from every report read on wharf.deals, and the view's version (one
-- more at each status change or newly stated price). alerts_sent: which version went out through which channel,
-- committed before the stage commits its Kafka offsets, so a restart sends nothing twice.
CREATE TABLE alert_deals (
    deal_id    TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    status     TEXT NOT NULL,
    amount     BIGINT,
    currency   TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE TABLE alerts_sent (
    deal_id         TEXT NOT NULL,
    channel         TEXT NOT NULL,
    version         INTEGER NOT NULL,
    kind            TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    status          TEXT NOT NULL,
    amount          BIGINT,
    rules           TEXT NOT NULL,
    idempotency_key TEXT NOT NULL,
    sent_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (deal_id, channel, version)
);
-- The queries' questions: deals by status and time, by company (parties are JSON, so articles' companies answer it).
CREATE INDEX deals_status_updated ON deals (status, updated_at);
