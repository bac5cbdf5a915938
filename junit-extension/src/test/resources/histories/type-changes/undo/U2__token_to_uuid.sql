ALTER TABLE items ALTER COLUMN token TYPE bytea USING decode(replace(token::text, '-', ''), 'hex');
