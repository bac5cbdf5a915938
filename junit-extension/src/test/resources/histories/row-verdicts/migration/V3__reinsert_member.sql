DELETE FROM members WHERE name = 'Ada';
INSERT INTO members (name) VALUES ('Ada');
