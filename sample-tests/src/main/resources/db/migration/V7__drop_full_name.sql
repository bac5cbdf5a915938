-- Contract: once every reader uses first_name/last_name, full_name goes.
ALTER TABLE customers ALTER COLUMN first_name SET NOT NULL;
ALTER TABLE customers DROP COLUMN full_name;
