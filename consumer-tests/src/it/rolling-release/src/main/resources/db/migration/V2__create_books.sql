create table books (
    id bigint generated always as identity primary key,
    isbn text not null unique,
    title text not null
);
