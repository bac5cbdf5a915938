alter table loans drop column due_on;
