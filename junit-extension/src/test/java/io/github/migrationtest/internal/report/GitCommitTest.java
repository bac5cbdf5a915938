package io.github.migrationtest.internal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit is read from the files git keeps, the way git itself resolves HEAD. */
class GitCommitTest {

    private static final String A = "0123456789abcdef0123456789abcdef01234567";
    private static final String B = "89abcdef0123456789abcdef0123456789abcdef";

    @TempDir
    Path root;

    @Test
    void aBranchWithItsOwnRefFile() throws IOException {
        Path git = Files.createDirectories(root.resolve(".git/refs/heads"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/main\n");
        Files.writeString(git.resolve("main"), A + "\n");
        assertThat(GitCommit.of(Files.createDirectories(root.resolve("module/sub")))).contains(new GitCommit(A, "main"));
    }

    @Test
    void aBranchOnlyInPackedRefs() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), "ref: refs/heads/release/1.4\n");
        Files.writeString(root.resolve(".git/packed-refs"), "# pack-refs with: peeled fully-peeled sorted\n"
                + B + " refs/heads/main\n" + A + " refs/heads/release/1.4\n");
        assertThat(GitCommit.of(root)).contains(new GitCommit(A, "release/1.4"));
    }

    @Test
    void aDetachedHead() throws IOException {
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".git/HEAD"), B + "\n");
        assertThat(GitCommit.of(root)).contains(new GitCommit(B, ""));
    }

    @Test
    void aLinkedWorktreeReadsItsHeadAndTheCommonRefs() throws IOException {
        Path common = Files.createDirectories(root.resolve("repo/.git/refs/heads"));
        Path worktreeGit = Files.createDirectories(root.resolve("repo/.git/worktrees/wt"));
        Files.writeString(worktreeGit.resolve("HEAD"), "ref: refs/heads/feature\n");
        Files.writeString(worktreeGit.resolve("commondir"), "../..\n");
        Files.writeString(common.resolve("feature"), A + "\n");
        Path tree = Files.createDirectories(root.resolve("wt"));
        Files.writeString(tree.resolve(".git"), "gitdir: " + worktreeGit + "\n");
        assertThat(GitCommit.of(tree)).contains(new GitCommit(A, "feature"));
    }

    @Test
    void outsideAWorkTreeThereIsNoCommit() {
        assertThat(GitCommit.of(root)).isEmpty();
    }
}
