set lock_timeout = '2s';
create index concurrently loans_member_id_idx on loans (member_id);
