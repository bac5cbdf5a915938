package io.github.migrationtest.internal.workload;

import io.github.migrationtest.internal.flyway.Declaration;
import io.github.migrationtest.internal.flyway.DeclarationParser;
import io.github.migrationtest.internal.flyway.Migration;
import io.github.migrationtest.internal.flyway.PostDeployScripts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which code is live while a step runs. Each release is one deploy: its migrations up to its first post-deploy one
 * run with the code before it, its code goes live then (or after its last migration when none is post-deploy), and
 * every later migration runs with that code. Without {@code releases} the rehearsed migrations are one release.
 * {@code @OldApplication} is the code live before the first rehearsed migration, {@code @CurrentApplication} the code
 * of the first deploy; a later deploy's code is neither.
 *
 * @param releases   the last version of each release, as listed
 * @param postDeploy the scripts of the post-deploy locations
 */
public record DeployOrder(List<String> releases, PostDeployScripts postDeploy) {

    public static final DeployOrder NONE = new DeployOrder(List.of(), PostDeployScripts.NONE);

    public DeployOrder {
        releases = List.copyOf(releases);
    }

    /** Where {@code migration} says it is post-deploy: its declaration's script and line, or its post-deploy location. */
    Optional<String> postDeploy(Migration migration) {
        Optional<String> location = postDeploy.locationOf(migration);
        if (location.isPresent()) {
            return Optional.of("in the post-deploy location " + location.get());
        }
        return DeclarationParser.parse(migration.script(), Set.of()).of(Declaration.Form.POST_DEPLOY).stream()
                .findFirst().map(Declaration::where);
    }

    /** The code live during {@code step}, a migration of {@code history} after the seed point. */
    Live live(List<Migration> history, Optional<String> seedAt, Migration step) {
        int from = seedAt.map(v -> history.stream().map(Migration::versionText).toList().indexOf(v) + 1).orElse(0);
        List<String> deploys = new ArrayList<>();
        boolean releaseLive = false;
        Migration releaseStart = null;
        for (Migration m : history.subList(from, history.size())) {
            releaseStart = releaseStart == null ? m : releaseStart;
            Optional<String> post = postDeploy(m);
            boolean wentLive = post.isPresent() && !releaseLive;
            if (wentLive) {
                releaseLive = true;
                deploys.add(m.displayName() + " ran post-deploy (" + post.get() + ")");
            }
            if (m.equals(step)) {
                return new Live(deploys, post, wentLive);
            }
            if (releases.contains(m.versionText())) {
                if (!releaseLive) {
                    deploys.add("release " + m.versionText() + " (" + range(releaseStart, m) + ") shipped its code after " + m.displayName());
                }
                releaseLive = false;
                releaseStart = null;
            }
        }
        throw new IllegalArgumentException(step.displayName() + " is not rehearsed");
    }

    private static String range(Migration first, Migration last) {
        return first.equals(last) ? "V" + first.versionText() : "V" + first.versionText() + " to V" + last.versionText();
    }

    /**
     * The code live during one step.
     *
     * @param deploys    why each deploy before or at the step happened, in order: none, the old code is live
     * @param postDeploy where the step itself says it is post-deploy, if it does
     * @param wentLive   whether the code live during the step went live with it (it is the release's first post-deploy one)
     */
    record Live(List<String> deploys, Optional<String> postDeploy, boolean wentLive) {

        boolean old() {
            return deploys.isEmpty();
        }

        boolean current() {
            return deploys.size() == 1;
        }

        /** Why the code live now went live. */
        String since() {
            return deploys.get(deploys.size() - 1);
        }
    }
}
