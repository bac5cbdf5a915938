-- The statements of release 1, as its DAO sends them.
-- name: find customer
SELECT id, email FROM customers WHERE id = :customers.id;

-- name: add customer
INSERT INTO customers (email, name) VALUES ('new@example.com', 'New');
