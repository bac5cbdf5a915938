ALTER TABLE items ALTER COLUMN tags TYPE text[] USING translate(tags::text, '[]', '{}')::text[];
