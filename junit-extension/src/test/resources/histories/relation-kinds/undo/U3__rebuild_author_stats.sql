DROP MATERIALIZED VIEW author_stats;
CREATE MATERIALIZED VIEW author_stats AS SELECT count(*) AS authors, sum(books) AS books FROM authors;
