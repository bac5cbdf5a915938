INSERT INTO orders SELECT i, i % 89 FROM generate_series(1001, 1500) AS i;
