alter table accounts add column nickname text;
create index accounts_nickname_idx on accounts (nickname);
