ALTER TABLE items ALTER COLUMN ref TYPE uuid USING md5(ref::text)::uuid;
