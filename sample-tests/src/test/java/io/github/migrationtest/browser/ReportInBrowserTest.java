package io.github.migrationtest.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The seeded shop's report.html as a browser shows it: headless Chromium loads the file (no network) and the test reads
 * the DOM after load. Skipped, with the reason, where Chromium is not installed; {@code .ci/run} installs it, and there
 * a missing browser fails the test instead.
 */
class ReportInBrowserTest {

    @Test
    void theSeededShopsReportShowsItsVerdictEveryStepAndTheLockTimelines() throws Exception {
        Optional<Chromium> chromium = Chromium.find();
        assertThat(chromium.isPresent() || System.getenv("MIGRATIONTEST_CI_BUILD") == null)
                .as("CI (.ci/run) installs Chromium, so there the browser test must run").isTrue();
        assumeTrue(chromium.isPresent(), "Chromium is not installed (Debian: apt-get install chromium; or set CHROMIUM to its path):"
                + " the report is not checked in a browser");
        Path reports = Path.of("target", "migrationtest-browser");
        EngineTestKit.engine("junit-jupiter").configurationParameter("migrationtest.report.directory", reports.toString())
                .selectors(selectClass("io.github.migrationtest.sample.SeededShopTest")).execute().testEvents().assertStatistics(s -> s.failed(0).succeeded(7));
        Path page = reports.resolve("SeededShopTest").resolve("report.html").toAbsolutePath();

        Chromium.Page shown = chromium.get().load(page);
        chromium.get().screenshot(page, reports.resolve("report.png"));

        assertThat(shown.dom()).contains("<span id=\"verdict\" class=\"GO\">GO</span>", "<span id=\"counts\">5 passed, 0 failed, 0 aborted</span>",
                "<td>public.orders</td><td>6,000</td><td>6,000</td>");
        assertThat(shown.count("<tr class=\"step\">")).as("one row per step V5…V9").isEqualTo(5);
        assertThat(shown.count("<section id=\"step-")).as("one section per step").isEqualTo(5);
        assertThat(shown.count("<rect class=\"lock held\"")).as("bars of the migrations' locks in the timelines").isGreaterThanOrEqualTo(5);
        assertThat(shown.console()).as("console messages").isEmpty();
        assertThat(Files.size(reports.resolve("report.png"))).as("the screenshot").isGreaterThan(20_000);
    }
}
