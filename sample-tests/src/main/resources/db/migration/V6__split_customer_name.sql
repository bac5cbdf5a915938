-- Expand: new columns beside full_name, filled from it; the old application keeps writing full_name.
ALTER TABLE customers ADD COLUMN first_name text;
ALTER TABLE customers ADD COLUMN last_name text;
UPDATE customers
   SET first_name = split_part(full_name, ' ', 1),
       last_name  = nullif(substr(full_name, length(split_part(full_name, ' ', 1)) + 2), '');
