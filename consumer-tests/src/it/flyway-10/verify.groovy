// Flyway 10 pinned as the README says: the README example passes on it.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 10, Failures: 0, Errors: 0, Skipped: 0')
def xml = new File(basedir, 'target/surefire-reports/TEST-io.github.migrationtest.sample.ShopMigrationsTest.xml').text
def classpath = (xml =~ /name="surefire\.test\.class\.path" value="([^"]*)"/)[0][1]
assert classpath.contains('flyway-core-10.22.0.jar') && classpath.contains('flyway-database-postgresql-10.22.0.jar')
assert !classpath.contains('flyway-core-13.')
return true
