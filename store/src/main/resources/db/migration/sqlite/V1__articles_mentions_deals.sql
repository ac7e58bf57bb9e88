-- SQLite: timestamps are ISO-8601 UTC text (sortable), JSON is text.
CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    url              TEXT NOT NULL,
    canonical_url    TEXT NOT NULL,
    source           TEXT NOT NULL,
    title            TEXT NOT NULL,
    body             TEXT NOT NULL,
    summary          TEXT NOT NULL,
    published_at     TEXT,
    fetched_at       TEXT NOT NULL,
    language         TEXT,
    content_hash     TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    enriched_at      TEXT NOT NULL,
    stored_at        TEXT NOT NULL,
    record_json      TEXT NOT NULL
);
CREATE INDEX articles_published_at ON articles (published_at);
CREATE INDEX articles_source ON articles (source);

CREATE TABLE company_mentions (
    article_id   TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    company_id   TEXT,
    name         TEXT    NOT NULL,
    surface      TEXT    NOT NULL,
    field        TEXT    NOT NULL,
    begin_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    confidence   REAL    NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX company_mentions_company ON company_mentions (company_id);
CREATE INDEX company_mentions_name ON company_mentions (name);

CREATE TABLE article_categories (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    category_id TEXT NOT NULL,
    score       REAL NOT NULL,
    evidence    TEXT NOT NULL,
    PRIMARY KEY (article_id, category_id)
);

CREATE TABLE deals (
    id                TEXT PRIMARY KEY,
    type              TEXT NOT NULL,
    status            TEXT NOT NULL,
    amount            INTEGER,
    currency          TEXT,
    round             TEXT,
    announced_at      TEXT,
    confidence        REAL NOT NULL,
    evidence_article  TEXT NOT NULL,
    evidence_sentence TEXT NOT NULL,
    parties_json      TEXT NOT NULL,
    first_seen_at     TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);

CREATE TABLE deal_articles (
    deal_id    TEXT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    PRIMARY KEY (deal_id, article_id)
);
