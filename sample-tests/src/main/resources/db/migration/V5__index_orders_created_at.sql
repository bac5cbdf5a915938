-- Built without blocking writes to orders; CONCURRENTLY cannot run in a transaction.
CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at);
