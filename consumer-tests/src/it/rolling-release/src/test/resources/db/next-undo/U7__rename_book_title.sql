alter table books rename column name to title;
