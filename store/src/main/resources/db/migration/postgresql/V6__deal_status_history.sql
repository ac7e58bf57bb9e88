-- The history of each deal's status: which article moved it to which status, when. The store writes a row when a
-- report advances the deal (the first report gives its status; RUMORED < ANNOUNCED < COMPLETED < TERMINATED), so a
-- status appears at most once per deal and a replayed report adds nothing.
CREATE TABLE deal_status_history (
    deal_id     TEXT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    status      TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    reported_at TIMESTAMPTZ,
    recorded_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (deal_id, status)
);
