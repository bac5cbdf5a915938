DELETE FROM page_views WHERE page = '/new';
