DROP FOREIGN TABLE imported_authors;
DROP SERVER import_files;
DROP EXTENSION file_fdw;
DROP TABLE events;
DROP VIEW busy_authors;
DROP MATERIALIZED VIEW author_stats;
DROP TABLE authors;
