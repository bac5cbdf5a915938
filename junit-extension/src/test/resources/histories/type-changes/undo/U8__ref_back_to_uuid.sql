ALTER TABLE items ALTER COLUMN ref TYPE integer USING id + 1;
