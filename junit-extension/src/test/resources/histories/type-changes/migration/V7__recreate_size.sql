CREATE TYPE garment_size AS ENUM ('s', 'm', 'l', 'xl');
ALTER TABLE items ALTER COLUMN size TYPE garment_size USING size::text::garment_size;
