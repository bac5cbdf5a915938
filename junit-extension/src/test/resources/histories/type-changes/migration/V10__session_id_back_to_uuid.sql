ALTER TABLE sessions ALTER COLUMN id TYPE uuid USING md5(id::text)::uuid;
INSERT INTO sessions VALUES (md5('51')::uuid, 51);
