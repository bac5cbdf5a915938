create table loans (
    id bigint generated always as identity primary key,
    member_id bigint not null references members (id),
    book_id bigint not null references books (id),
    borrowed_at timestamptz not null default now(),
    returned_at timestamptz
);
