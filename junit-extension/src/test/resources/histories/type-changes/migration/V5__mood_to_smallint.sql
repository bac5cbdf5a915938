ALTER TABLE items ALTER COLUMN mood TYPE smallint USING array_position(enum_range(NULL::mood), mood);
