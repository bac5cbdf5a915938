DROP TABLE events; DROP TABLE orders; DROP TABLE page_views; DROP TABLE members; DROP TABLE visits; DROP TABLE counters;
