// A down script that does not restore the schema fails its step with the whole message; the other step passes.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 1, Errors: 0, Skipped: 0')
assert log.contains('Expecting V2 add accounts nickname to restore the schema (SCHEMA_RESTORED) but it did not:\n'
        + 'down script classpath:db/undo/U2__add_accounts_nickname.sql does not restore the schema'
        + ' (1 difference, before V2 → after its down script):\n'
        + '  column public.accounts.nickname: (absent) → text')
def xml = new File(basedir, 'target/surefire-reports/TEST-com.example.AccountMigrationsTest.xml').text
def step = { String name -> xml.substring(xml.indexOf('testcase name="everyMigrationRoundTrips(MigrationStep) ' + name + '"')).with { it.substring(0, it.indexOf('</testcase>')) } }
assert !step('V1 create accounts').contains('<failure')
assert step('V2 add accounts nickname').contains('<failure message="')
assert step('V2 add accounts nickname').contains('Expecting V2 add accounts nickname to restore the schema (SCHEMA_RESTORED) but it did not:')
return true
