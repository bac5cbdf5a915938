-- migrationtest: post-deploy (contract: release 2 no longer reads legacy_code)
-- migrationtest: loses-data public.members.legacy_code (the codes of the old card system are retired)
set lock_timeout = '2s';
alter table members drop column legacy_code;
