ALTER TABLE orders ADD COLUMN note text;
COMMENT ON COLUMN orders.note IS 'Free text from the customer at checkout';
