INSERT INTO page_views VALUES ('/new');
