drop table members;
