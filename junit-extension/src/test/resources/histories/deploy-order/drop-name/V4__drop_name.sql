-- migrationtest: loses-data customers.name (a mistake: the new code still reads it)
ALTER TABLE customers DROP COLUMN name;
