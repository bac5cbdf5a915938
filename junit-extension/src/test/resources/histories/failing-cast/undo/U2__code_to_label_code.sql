ALTER TABLE labels ALTER COLUMN code TYPE text USING (code).prefix || '-' || (code).n;
DROP CAST (label_code AS text);
DROP FUNCTION label_code_text(label_code);
DROP TYPE label_code;
