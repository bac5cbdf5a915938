DELETE FROM sessions WHERE n = 51;
ALTER TABLE sessions ALTER COLUMN id TYPE integer USING n;
