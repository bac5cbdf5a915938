package io.github.migrationtest.internal.workload;

import io.github.migrationtest.Check;
import io.github.migrationtest.internal.engine.RehearsalSettings;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.Placeholders;
import io.github.migrationtest.internal.flyway.ScriptResource;
import io.github.migrationtest.internal.flyway.SqlSplitter;
import io.github.migrationtest.internal.workload.ApplicationRehearsal.ApplicationOutcome;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * The OLD_APPLICATION check of one release: on a copy of the release's working database (at the previous release's
 * version) the {@code @OldApplication} reaches its steady state, the release's forward scripts run in version order
 * (phase {@code forward}), then its down scripts in reverse order (phase {@code back}; it is the code being rolled back
 * to), the application goes on for its {@code after} calls and time, and stops. The release's real run, and with it
 * every schema and data verdict, runs without it. From the release's first post-deploy migration on ({@link DeployOrder})
 * the new code is live: those migrations' scripts run in phase {@code post-deploy}, then their down scripts in phase
 * {@code post-deploy-back}, whose calls the report shows but whose errors are not judged (the old code is not running
 * then); the down scripts of the migrations before it run once the old code is back, in phase {@code back}.
 */
public final class ReleaseApplication {

    /** The application name of its connections on the copy, as the steps' old application names them. */
    public static final String APPLICATION_NAME = OldApplicationObserver.APPLICATION_NAME;

    /** How the timeline names a down script: {@code down script U9__drop_legacy.sql}. */
    static final String DOWN_SCRIPT = "down script ";

    /** The phases of the scripts that run while the release's new code is live: forward, then back. */
    static final String POST_DEPLOY = "post-deploy";
    static final String POST_DEPLOY_BACK = "post-deploy-back";

    private final ApplicationCode code;
    private final WorkloadSettings settings;
    private final DeployOrder order;

    private ReleaseApplication(ApplicationCode code, WorkloadSettings settings, DeployOrder order) {
        this.code = code;
        this.settings = settings;
        this.order = order;
    }

    /** The old application of the class, when one is declared and OLD_APPLICATION is not switched off. */
    public static Optional<ReleaseApplication> of(RehearsalSettings settings) {
        return settings.checksOff().contains(Check.OLD_APPLICATION) ? Optional.empty()
                : applications(settings).old().map(code -> new ReleaseApplication(code, applications(settings).settings(),
                        applications(settings).order()));
    }

    /** Whether the class declares an {@code @OldApplication} (switched off or not). */
    public static boolean declared(RehearsalSettings settings) {
        return applications(settings).old().isPresent();
    }

    private static Applications applications(RehearsalSettings settings) {
        try {
            return settings.settingsOf(Applications.class);
        } catch (IllegalStateException none) {
            return Applications.NONE;
        }
    }

    /**
     * Runs the application beside the scripts of {@code migrations} on {@code copy}: every forward script, then, when
     * every migration has one, every down script, last migration first; the scripts of the first post-deploy migration
     * and those after it in phases {@code post-deploy} and {@code post-deploy-back}.
     */
    public ApplicationOutcome run(DataSource copy, List<Migration> migrations, Map<String, String> placeholders,
                                  Consumer<String> log) throws SQLException {
        int live = firstPostDeploy(migrations);
        List<ForwardTimeline.Script> scripts = new ArrayList<>();
        for (int i = 0; i < migrations.size(); i++) {
            Migration m = migrations.get(i);
            scripts.add(script(m.script(), m.script().fileName(), i < live ? "forward" : POST_DEPLOY, placeholders));
        }
        if (migrations.stream().allMatch(m -> m.undo().isPresent())) {
            for (int i = migrations.size() - 1; i >= 0; i--) {
                ScriptResource undo = migrations.get(i).undo().orElseThrow();
                scripts.add(script(undo, DOWN_SCRIPT + undo.fileName(), i < live ? "back" : POST_DEPLOY_BACK, placeholders));
            }
        }
        try {
            return ApplicationRehearsal.run(copy, copy, code, "old application", settings, scripts);
        } finally {
            try {
                code.close();
            } catch (Exception e) {
                log.accept("closing " + code.name() + " failed: " + e);
            }
        }
    }

    /** The index of the release's first post-deploy migration, or its size when none is. */
    private int firstPostDeploy(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (order.postDeploy(migrations.get(i)).isPresent()) {
                return i;
            }
        }
        return migrations.size();
    }

    private static ForwardTimeline.Script script(ScriptResource script, String name, String phase, Map<String, String> placeholders) {
        return new ForwardTimeline.Script(name, phase, SqlSplitter.split(Placeholders.replace(script.read(), placeholders,
                script.fileName())), script.config().executeInTransaction());
    }

    /**
     * The release's verdict on what {@link #run} saw; {@code skipped} says why nothing is judged (the real forward run or
     * the down scripts failed), or is null.
     */
    public static ApplicationJudgement judgement(String release, ApplicationOutcome outcome, String skipped) {
        return new ApplicationJudgement(release, outcome, skipped, true);
    }
}
