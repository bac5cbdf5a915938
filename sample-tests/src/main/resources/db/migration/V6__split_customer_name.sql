-- Expand: new columns beside full_name, filled from it; the old application keeps writing full_name.
-- Each statement commits on its own (see the .conf): the backfill must not run while ADD COLUMN's
-- ACCESS EXCLUSIVE lock is still held, or every read of customers waits for the whole UPDATE.
ALTER TABLE customers ADD COLUMN first_name text;
ALTER TABLE customers ADD COLUMN last_name text;
UPDATE customers
   SET first_name = split_part(full_name, ' ', 1),
       last_name  = nullif(substr(full_name, length(split_part(full_name, ' ', 1)) + 2), '');
