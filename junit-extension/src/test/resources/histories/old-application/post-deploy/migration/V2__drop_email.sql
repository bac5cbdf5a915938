-- migrationtest: post-deploy (release 2 reads email_address only)
-- migrationtest: loses-data customers.email (release 2 no longer reads it)
ALTER TABLE customers DROP COLUMN email;
