-- the next release wants "name": renamed in place, while release 2 still reads "title"
alter table books rename column title to name;
