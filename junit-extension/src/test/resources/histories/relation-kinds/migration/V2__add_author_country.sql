ALTER TABLE authors ADD COLUMN country text;
UPDATE authors SET country = 'NZ' WHERE id % 10 = 0;
REFRESH MATERIALIZED VIEW author_stats;
CREATE OR REPLACE VIEW busy_authors AS SELECT id, name, country FROM authors WHERE books > 3;
ALTER TABLE events ADD COLUMN source text;
ALTER TABLE events_2025 ADD CONSTRAINT events_2025_kind_check CHECK (kind <> '');
ALTER FOREIGN TABLE imported_authors ADD COLUMN country text;
SELECT pg_sleep(0.3);
