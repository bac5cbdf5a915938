ALTER TABLE items ALTER COLUMN tags TYPE jsonb USING to_jsonb(tags);
