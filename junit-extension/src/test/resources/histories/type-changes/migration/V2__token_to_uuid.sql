ALTER TABLE items ALTER COLUMN token TYPE uuid USING encode(token, 'hex')::uuid;
