ALTER TABLE customers DROP COLUMN last_name;
ALTER TABLE customers DROP COLUMN first_name;
