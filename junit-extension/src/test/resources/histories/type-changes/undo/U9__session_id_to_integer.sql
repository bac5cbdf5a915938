ALTER TABLE sessions ALTER COLUMN id TYPE uuid USING md5(id::text)::uuid;
