ALTER TABLE customers ADD COLUMN email_address text;
