-- forgets the column: the schema after this script is not the one before V2
drop index accounts_nickname_idx;
