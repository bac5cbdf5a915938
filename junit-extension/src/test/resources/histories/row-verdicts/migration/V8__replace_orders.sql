DELETE FROM orders WHERE id = 900;
INSERT INTO orders SELECT i, i % 83 FROM generate_series(1501, 1700) AS i;
