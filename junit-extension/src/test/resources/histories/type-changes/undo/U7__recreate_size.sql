ALTER TABLE items ALTER COLUMN size TYPE size USING size::text::size;
DROP TYPE garment_size;
