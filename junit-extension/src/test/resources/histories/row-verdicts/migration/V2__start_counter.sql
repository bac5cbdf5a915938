INSERT INTO counters (total) VALUES (0);
