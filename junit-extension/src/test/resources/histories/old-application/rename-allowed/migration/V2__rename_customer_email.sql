-- migrationtest: allow-old-application-error 42703 (release 1 is switched off during this deploy)
ALTER TABLE customers RENAME COLUMN email TO email_address;
