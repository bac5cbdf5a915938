alter table members add column legacy_code text;
