DELETE FROM counters;
