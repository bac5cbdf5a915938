// A team's project: the good deploy (seeding, releases, old and current application, a critical query) is GO; the class
// that renames a column release 2 still reads fails with the whole message and is NO-GO. Counts and times are masked.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 6, Failures: 0, Errors: 0, Skipped: 0') && log =~ /Tests run: 6, Failures: 0, .* in com\.example\.library\.LibraryMigrationsTest/
assert log =~ /Tests run: 1, Failures: 1, Errors: 0, Skipped: 0, .* in com\.example\.library\.RenameBookTitleTest/
assert log.contains('[migrationtest] Seeded 4,400 rows into 3 tables') || log.contains('Seed cache hit')
assert log.contains('PASSED; accepted: loses-data public.members.legacy_code (the codes of the old card system are retired)')
assert log =~ /release 5 \(V4 to V5\) +forward .* PASSED/
assert log =~ /release 6 \(V6\) +forward .* PASSED/

/** The failure message of each test case of a class's Surefire XML report, by test case name. */
def failures = { String testClass ->
    def xml = new File(basedir, "target/surefire-reports/TEST-com.example.library.${testClass}.xml")
    def cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml).getElementsByTagName('testcase')
    (0..<cases.length).collectEntries { i ->
        def c = cases.item(i)
        def failure = c.getElementsByTagName('failure')
        [(c.getAttribute('name')): failure.length == 0 ? null : failure.item(0).getAttribute('message')]
    }
}
def good = failures('LibraryMigrationsTest')
assert good.keySet() == ['everyStepKeepsTheLiveCodeWorking(MigrationStep) V4 index loans member',
        'everyStepKeepsTheLiveCodeWorking(MigrationStep) V5 drop legacy code',
        'everyStepKeepsTheLiveCodeWorking(MigrationStep) V6 add loan due on',
        'theSeedPointHoldsTheChosenEmails(MigrationHarness)',
        'everyReleaseRollsBack(ReleaseStep) release 5 (V4 to V5)',
        'everyReleaseRollsBack(ReleaseStep) release 6 (V6)'] as Set
assert good.values().every { it == null }

def broken = failures('RenameBookTitleTest')
assert broken.keySet() == ['releaseTwoKeepsWorking(MigrationStep) V7 rename book title'] as Set
def message = broken.values().first()
def masked = message.replaceAll(/failed [\d,]+ times/, 'failed N times').replaceAll(/— [\d,]+ ×/, '— N ×')
        .replaceAll(/first at \d+ ms/, 'first at N ms')
assert masked == '\nExpecting V7 rename book title to keep the old application working (OLD_APPLICATION) but it did not:\n' +
        'the old application failed N times during and after the migration (0 before it):\n' +
        '  42703 column b.title does not exist — N × in LibraryRelease2.bookPage (LibraryRelease2.java:35):' +
        ' select b.title, count(l.id) from books b left join loans l on l.book_id = b.id where b.id = ? group by b.title\n' +
        '  first at N ms into the forward run, right after line 2: alter table books rename column title to name\n' +
        '  Expand and contract instead: add the new column, write both, backfill, switch reads, drop the old column in a later release.'
assert !(message =~ /failed 0 times/)

/** The reports of one class: all three there, the verdict in report.json. */
def reports = { String testClass, String verdict ->
    def dir = new File(basedir, "target/migrationtest/${testClass}")
    ['report.json', 'report.html', 'report.md'].each { assert new File(dir, it).isFile() : "${testClass}/${it} is missing" }
    def json = new File(dir, 'report.json').text
    assert json =~ /"verdict": ?"${verdict}"/ : "${testClass}: report.json is not ${verdict}"
    assert new File(dir, 'report.md').text.startsWith("## MigrationTest: com.example.library.${testClass}\n\n**${verdict}**")
    // attached to the test run as well (JUnit's publishFile; Surefire puts them here)
    def published = new File(basedir, "target/junit-jupiter/com.example.library.${testClass}")
    ['report.json', 'report.html', 'report.md'].each { assert new File(published, it).isFile() : "${testClass}: ${it} was not published" }
    json
}
def goodJson = reports('LibraryMigrationsTest', 'GO')
reports('RenameBookTitleTest', 'NO-GO')
// what the good class judged: the plan V4 improves, V6 against release 2 (live since V5, post-deploy), the release's declared loss
assert goodJson =~ /query \\"loans of a member\\" uses an index now: Seq Scan on public\.loans → (Bitmap Heap Scan on public\.loans \(loans_member_id_idx\)|Index Scan using loans_member_id_idx on public\.loans)/
assert goodJson.contains('judged against @CurrentApplication: the new code is live since V5 drop legacy code ran post-deploy'
        + ' (classpath:db/migration/V5__drop_legacy_code.sql line 1)')
assert goodJson.contains('accepted: the down scripts of release 5 (V4 to V5) cannot give back public.members.legacy_code,'
        + ' which V5 drop legacy code drops (a declared loss)')
// release 5: release 1 ran beside V4, not judged beside the post-deploy V5 and its down script, judged again for U4
assert goodJson =~ /old application: [\d,]+ calls before, [\d,]+ calls during the forward scripts, [\d,]+ calls during the post-deploy scripts \(the new code is live: not judged\), [\d,]+ calls during their down scripts \(not judged either\), [\d,]+ calls during the down scripts, [\d,]+ calls after them, no new error; p99 \d+ ms/
def md = new File(basedir, 'target/migrationtest/LibraryMigrationsTest/report.md').text
assert md.contains('- old application `LibraryRelease1` on 2 threads: before ')
assert md.contains('- current application `LibraryRelease2` on 2 threads: before ')
assert md.contains('| Release | Outcome | Forward | Back | Again |')
return true
