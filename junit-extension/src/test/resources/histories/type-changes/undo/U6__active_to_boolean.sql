ALTER TABLE items ALTER COLUMN active TYPE answer USING CASE WHEN active THEN 'yes' ELSE 'no' END::answer;
