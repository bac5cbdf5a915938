DELETE FROM visits WHERE page IN ('/a', '/b');
INSERT INTO visits VALUES ('/about', '2025-01-02');
