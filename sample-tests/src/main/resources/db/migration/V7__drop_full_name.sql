-- migrationtest: post-deploy (contract: once every reader uses first_name/last_name, full_name goes)
-- NOT NULL is proven by a CHECK validated without blocking writes, so SET NOT NULL needs no scan under
-- ACCESS EXCLUSIVE; each statement commits on its own (see the .conf).
ALTER TABLE customers ADD CONSTRAINT customers_first_name_not_null CHECK (first_name IS NOT NULL) NOT VALID;
ALTER TABLE customers VALIDATE CONSTRAINT customers_first_name_not_null;
ALTER TABLE customers ALTER COLUMN first_name SET NOT NULL;
ALTER TABLE customers DROP CONSTRAINT customers_first_name_not_null;
ALTER TABLE customers DROP COLUMN full_name;
