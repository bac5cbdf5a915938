set lock_timeout = '2s';
alter table loans add column due_on date;
