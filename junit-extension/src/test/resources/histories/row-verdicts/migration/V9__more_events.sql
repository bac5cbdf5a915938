INSERT INTO events SELECT i, 'new' FROM generate_series(100001, 100500) AS i;
