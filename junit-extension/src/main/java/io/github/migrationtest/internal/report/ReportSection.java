package io.github.migrationtest.internal.report;

import io.github.migrationtest.internal.engine.StepResult;
import java.util.List;
import java.util.Map;

/**
 * One check's part of every step in the reports: what it puts into the step's object in report.json, and how
 * report.html shows that part, read back from the JSON tree (so the page never shows what the JSON does not hold).
 * A new check adds its section to {@link #ALL}; nothing else in the reports changes.
 */
interface ReportSection {

    /** The sections in the order the page shows them. */
    List<ReportSection> ALL = List.of(new LockSection(), new DataSection(), new SchemaSection(), new ScriptSection(),
            new PlanSection(),
            new ApplicationSection());

    /** Adds this section's keys to the step's object in report.json (maps, lists, strings, numbers, booleans, null). */
    void json(StepResult step, Map<String, Object> into);

    /** This section's HTML for the step, read from the step's JSON object; empty when there is nothing to show. */
    String html(Tree step);
}
