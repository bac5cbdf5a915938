ALTER TABLE customers ADD COLUMN nickname text;
UPDATE customers SET nickname = left(name, 5);
