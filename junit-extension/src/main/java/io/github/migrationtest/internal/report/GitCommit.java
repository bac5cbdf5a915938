package io.github.migrationtest.internal.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The commit the tests ran on, read from the {@code .git} directory above the working directory (no git process is
 * started): HEAD, the branch it names, and that branch's commit from its ref file or {@code packed-refs}.
 *
 * @param commit the full hash
 * @param branch the branch name, or empty for a detached HEAD
 */
record GitCommit(String commit, String branch) {

    static Optional<GitCommit> of(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path dotGit = dir.resolve(".git");
            if (Files.exists(dotGit)) {
                try {
                    return read(gitDirectory(dotGit));
                } catch (IOException | RuntimeException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** A work tree's {@code .git} is a directory, or a file saying {@code gitdir: <path>} (worktrees, submodules). */
    private static Path gitDirectory(Path dotGit) throws IOException {
        if (Files.isDirectory(dotGit)) {
            return dotGit;
        }
        String line = Files.readString(dotGit).strip();
        return dotGit.getParent().resolve(line.substring(line.indexOf(':') + 1).strip()).normalize();
    }

    private static Optional<GitCommit> read(Path git) throws IOException {
        String head = Files.readString(git.resolve("HEAD")).strip();
        if (!head.startsWith("ref:")) {
            return Optional.of(new GitCommit(head, ""));
        }
        String ref = head.substring(4).strip();
        String branch = ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
        Path common = Files.exists(git.resolve("commondir"))
                ? git.resolve(Files.readString(git.resolve("commondir")).strip()).normalize() : git;
        for (Path dir : new Path[] {git, common}) {
            Path file = dir.resolve(ref);
            if (Files.isRegularFile(file)) {
                return Optional.of(new GitCommit(Files.readString(file).strip(), branch));
            }
            Path packed = dir.resolve("packed-refs");
            if (Files.isRegularFile(packed)) {
                Optional<String> found = Files.readAllLines(packed).stream().filter(l -> l.endsWith(" " + ref))
                        .map(l -> l.substring(0, l.indexOf(' '))).findFirst();
                if (found.isPresent()) {
                    return Optional.of(new GitCommit(found.get(), branch));
                }
            }
        }
        return Optional.empty();
    }
}
