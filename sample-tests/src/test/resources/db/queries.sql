-- The shop's critical queries: every @MigrationTest class of the sample plans them around each step
-- (migrationtest.plans.queries defaults to classpath:db/queries.sql).

-- name: orders of a customer
select id, status, total, created_at from orders where customer_id = $1 order by created_at desc limit 20;

-- name: latest orders
select id, customer_id, total, created_at from orders order by created_at desc limit 50;

-- name: customer by email
select id from customers where email = $1;

-- name: items of an order
select product_id, quantity, unit_price from order_items where order_id = $1;
