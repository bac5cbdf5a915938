create table members (
    id bigint generated always as identity primary key,
    email text not null unique,
    display_name text not null,
    legacy_code text,
    joined_at timestamptz not null default now()
);
