DELETE FROM members;
INSERT INTO members (id, name) VALUES (1, 'Ada');
