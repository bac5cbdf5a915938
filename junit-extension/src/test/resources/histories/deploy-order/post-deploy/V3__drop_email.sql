-- migrationtest: loses-data customers.email (the new code no longer reads it)
ALTER TABLE customers DROP COLUMN email;
