CREATE TABLE labels (id integer PRIMARY KEY, code text NOT NULL);
INSERT INTO labels SELECT i, 'code-' || i FROM generate_series(1, 20) AS i;
