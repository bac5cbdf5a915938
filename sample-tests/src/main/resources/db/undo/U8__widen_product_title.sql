ALTER TABLE products ALTER COLUMN title TYPE varchar(120);
