DELETE FROM visits WHERE page = '/about';
INSERT INTO visits VALUES ('/a', '2025-02-01'), ('/b', '2025-02-02');
