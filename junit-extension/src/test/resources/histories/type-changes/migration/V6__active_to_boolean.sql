ALTER TABLE items ALTER COLUMN active TYPE boolean USING active = 'yes';
