CREATE TABLE authors (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name  text NOT NULL,
    books integer NOT NULL DEFAULT 0
);
INSERT INTO authors (name, books) SELECT 'Author ' || i, i % 7 FROM generate_series(1, 200) AS i;

CREATE MATERIALIZED VIEW author_stats AS SELECT count(*) AS authors, sum(books) AS books FROM authors;
CREATE VIEW busy_authors AS SELECT id, name FROM authors WHERE books > 3;

CREATE TABLE events (
    id   bigint NOT NULL,
    at   date NOT NULL,
    kind text NOT NULL,
    PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO events SELECT i, date '2024-06-01' + i, 'kind ' || (i % 3) FROM generate_series(1, 300) AS i;

CREATE EXTENSION file_fdw;
CREATE SERVER import_files FOREIGN DATA WRAPPER file_fdw;
CREATE FOREIGN TABLE imported_authors (name text, books integer)
    SERVER import_files OPTIONS (filename '/dev/null', format 'csv');
