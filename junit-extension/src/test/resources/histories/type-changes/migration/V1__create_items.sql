CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TYPE answer AS ENUM ('no', 'yes');
CREATE TYPE size AS ENUM ('s', 'm', 'l');
CREATE TABLE items (
    id     integer PRIMARY KEY,
    token  bytea,
    tags   jsonb,
    ref    uuid,
    mood   mood,
    active answer,
    size   size
);
INSERT INTO items
SELECT i, decode(md5(i::text), 'hex'), jsonb_build_array('t' || i, 'u' || (i % 5)), md5(i::text)::uuid,
       (enum_range(NULL::mood))[i % 3 + 1], CASE WHEN i % 2 = 0 THEN 'yes' ELSE 'no' END::answer,
       (enum_range(NULL::size))[i % 3 + 1]
  FROM generate_series(1, 300) AS i;
UPDATE items SET token = NULL, tags = NULL, mood = NULL WHERE id % 100 = 0;
CREATE TABLE sessions (id uuid PRIMARY KEY, n integer NOT NULL);
INSERT INTO sessions SELECT md5(i::text)::uuid, i FROM generate_series(1, 50) AS i;
