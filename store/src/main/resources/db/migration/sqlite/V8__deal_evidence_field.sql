-- Which field an article's evidence offsets point into: TEXT (the body) or TITLE (a deal only the headline states).
ALTER TABLE deal_articles ADD COLUMN evidence_field TEXT NOT NULL DEFAULT 'TEXT';
