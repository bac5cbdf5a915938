ALTER TABLE items ALTER COLUMN mood TYPE mood USING (enum_range(NULL::mood))[mood];
