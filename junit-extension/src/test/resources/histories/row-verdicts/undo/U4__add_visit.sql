DELETE FROM visits WHERE page = '/new';
