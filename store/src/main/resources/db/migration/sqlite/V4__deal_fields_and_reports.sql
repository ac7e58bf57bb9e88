-- Deals carry what the extractor reads (stake, unit, merger, valuation, total raised, background) and every article
-- that reports a deal keeps its own evidence sentence, offsets, status and whether it was background there.
ALTER TABLE deals ADD COLUMN stake REAL;
ALTER TABLE deals ADD COLUMN unit TEXT;
ALTER TABLE deals ADD COLUMN merger INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deals ADD COLUMN valuation BIGINT;
ALTER TABLE deals ADD COLUMN total_raised BIGINT;
ALTER TABLE deals ADD COLUMN historical INTEGER NOT NULL DEFAULT 0;
ALTER TABLE deal_articles ADD COLUMN status TEXT;
ALTER TABLE deal_articles ADD COLUMN evidence_sentence TEXT;
ALTER TABLE deal_articles ADD COLUMN evidence_begin INTEGER;
ALTER TABLE deal_articles ADD COLUMN evidence_end INTEGER;
ALTER TABLE deal_articles ADD COLUMN historical INTEGER NOT NULL DEFAULT 0;
CREATE INDEX deals_type_first_seen ON deals (type, first_seen_at);
CREATE INDEX deal_articles_article ON deal_articles (article_id);
