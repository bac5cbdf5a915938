// JUnit 6 through JUnit's BOM and the library through its BOM: no second JUnit comes in through the library.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 10, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains('not properly aligned')
def xml = new File(basedir, 'target/surefire-reports/TEST-io.github.migrationtest.sample.ShopMigrationsTest.xml').text
def classpath = (xml =~ /name="surefire\.test\.class\.path" value="([^"]*)"/)[0][1]
assert classpath.contains('junit-jupiter-api-6.1.3.jar') && !classpath.contains('junit-jupiter-api-5.')
return true
