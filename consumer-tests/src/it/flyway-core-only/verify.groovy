// flyway-core pinned alone: every step fails with the two versions found and the fix, not with a NoSuchMethodError.
def log = new File(basedir, 'build.log').text
assert log.contains('@MigrationTest class path: flyway-core 11.20.3 and flyway-database-postgresql 13.12.0 are on the test class path;'
        + ' they must be the same version. Pin both org.flywaydb:flyway-core and org.flywaydb:flyway-database-postgresql to one version in'
        + ' <dependencyManagement> (Spring Boot\'s dependency management does it for you), e.g. 11.20.3 for Spring Boot 3.5.')
assert !log.contains('NoSuchMethodError')
assert !log.contains('Rehearsing ') : 'no database may start'
return true
