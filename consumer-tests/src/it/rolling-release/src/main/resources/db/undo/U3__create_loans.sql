drop table loans;
