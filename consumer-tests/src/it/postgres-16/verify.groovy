// PostgreSQL 16 chosen by importing zonky's binaries BOM: the README example passes on it, and the console says so.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 10, Failures: 0, Errors: 0, Skipped: 0')
assert log =~ /on embedded PostgreSQL 16\.\d+ \(fsync off\)/
return true
