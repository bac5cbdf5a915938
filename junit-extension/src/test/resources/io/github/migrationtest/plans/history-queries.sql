-- the critical queries of PlansHistory that live in a file
-- name: item by id
select * from items where id = $1;
