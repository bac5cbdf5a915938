-- migrationtest: post-deploy (the new code reads email_address only)
-- migrationtest: loses-data customers.email (the new code no longer reads it)
ALTER TABLE customers DROP COLUMN email;
