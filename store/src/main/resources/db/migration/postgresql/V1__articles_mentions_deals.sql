-- PostgreSQL: the system of record. Same tables and columns as the SQLite schema, native types.
CREATE TABLE articles (
    id               TEXT PRIMARY KEY,
    url              TEXT NOT NULL,
    canonical_url    TEXT NOT NULL,
    source           TEXT NOT NULL,
    title            TEXT NOT NULL,
    body             TEXT NOT NULL,
    summary          TEXT NOT NULL,
    published_at     TIMESTAMPTZ,
    fetched_at       TIMESTAMPTZ NOT NULL,
    language         TEXT,
    content_hash     TEXT NOT NULL,
    pipeline_version TEXT NOT NULL,
    enriched_at      TIMESTAMPTZ NOT NULL,
    stored_at        TIMESTAMPTZ NOT NULL,
    record_json      JSONB NOT NULL
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
    confidence   DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (article_id, ordinal)
);
CREATE INDEX company_mentions_company ON company_mentions (company_id);
CREATE INDEX company_mentions_name ON company_mentions (name);

CREATE TABLE article_categories (
    article_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    category_id TEXT NOT NULL,
    score       DOUBLE PRECISION NOT NULL,
    evidence    JSONB NOT NULL,
    PRIMARY KEY (article_id, category_id)
);

CREATE TABLE deals (
    id                TEXT PRIMARY KEY,
    type              TEXT NOT NULL,
    status            TEXT NOT NULL,
    amount            BIGINT,
    currency          TEXT,
    round             TEXT,
    announced_at      DATE,
    confidence        DOUBLE PRECISION NOT NULL,
    evidence_article  TEXT NOT NULL,
    evidence_sentence TEXT NOT NULL,
    parties_json      JSONB NOT NULL,
    first_seen_at     TIMESTAMPTZ NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL
);

CREATE TABLE deal_articles (
    deal_id    TEXT NOT NULL REFERENCES deals (id) ON DELETE CASCADE,
    article_id TEXT NOT NULL,
    PRIMARY KEY (deal_id, article_id)
);
