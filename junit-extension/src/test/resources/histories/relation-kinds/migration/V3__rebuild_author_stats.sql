DROP MATERIALIZED VIEW author_stats;
CREATE MATERIALIZED VIEW author_stats AS SELECT count(*) AS authors, sum(books) AS books, count(country) AS with_country FROM authors;
CREATE UNIQUE INDEX author_stats_authors ON author_stats (authors);
REFRESH MATERIALIZED VIEW CONCURRENTLY author_stats;
