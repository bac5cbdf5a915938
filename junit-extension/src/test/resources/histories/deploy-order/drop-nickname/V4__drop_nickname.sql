-- migrationtest: loses-data customers.nickname (the new code never read it; the old code did)
ALTER TABLE customers DROP COLUMN nickname;
