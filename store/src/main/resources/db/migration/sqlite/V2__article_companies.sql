-- The companies an article is about, ranked: one row per company (linked or not) with its salience.
CREATE TABLE article_companies (
    article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    rank       INTEGER NOT NULL,
    company_id TEXT,
    name       TEXT    NOT NULL,
    salience   REAL    NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (article_id, rank)
);
CREATE INDEX article_companies_company ON article_companies (company_id);
