-- name: orders of a customer
select * from orders where customer_id = $1 order by created_at desc limit 20;

-- name: open orders
select count(*) from orders where status = 'open';
