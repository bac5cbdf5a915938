INSERT INTO visits VALUES ('/new', '2025-01-04');
