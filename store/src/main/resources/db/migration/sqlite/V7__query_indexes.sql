-- Measured by bench/run queries on 100,000 articles: `wharf companies --since 7d` filtered articles on the time it reads
-- (published, else stored) with no index for it and scanned every article_companies row (0.85 s); `wharf deals` reads
-- deals by their last report, which deals_status_updated serves only for one status. The article id rides in the
-- index so the join to article_companies need not read the (large) article rows.
CREATE INDEX articles_reported ON articles (COALESCE(published_at, stored_at), id);
CREATE INDEX deals_updated ON deals (updated_at);
