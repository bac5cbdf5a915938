ALTER FOREIGN TABLE imported_authors DROP COLUMN country;
ALTER TABLE events_2025 DROP CONSTRAINT events_2025_kind_check;
ALTER TABLE events DROP COLUMN source;
DROP VIEW busy_authors;
CREATE VIEW busy_authors AS SELECT id, name FROM authors WHERE books > 3;
ALTER TABLE authors DROP COLUMN country;
REFRESH MATERIALIZED VIEW author_stats;
