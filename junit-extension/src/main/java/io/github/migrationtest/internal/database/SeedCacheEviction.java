package io.github.migrationtest.internal.database;

import io.github.migrationtest.MigrationTestConfiguration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Keeps the seed cache to its limit when a class opens its entry, which counts as the most recently used one: the
 * other complete entries beyond the limit, least recently used first, and the unfinished entries that killed runs
 * left are deleted, each after the PostgreSQL still running on it (if any) is stopped. Entries in use (open in this
 * JVM, or owned by another live JVM) are never touched and are kept on top of the limit.
 */
final class SeedCacheEviction {

    private final SeedCacheSettings settings;
    private final Predicate<Path> inUse;
    private final Consumer<String> log;

    /** @param inUse whether an entry is open in this JVM or owned by another live JVM */
    SeedCacheEviction(SeedCacheSettings settings, Predicate<Path> inUse, Consumer<String> log) {
        this.settings = settings;
        this.inUse = inUse;
        this.log = log;
    }

    void evictBeside(Path opened) {
        List<Path> complete = new ArrayList<>();
        for (Path entry : entries()) {
            if (entry.equals(opened) || inUse.test(entry)) {
                continue;
            }
            if (SeedCacheMarker.complete(entry)) {
                complete.add(entry);
            } else {
                remove(entry, "removed " + entry + " (" + megabytes(entry) + " MB): a run was killed before it finished seeding it");
            }
        }
        complete.sort(Comparator.comparing(SeedCacheMarker::lastUsed).reversed());
        int othersKept = Math.max(0, settings.maxEntries() - 1);
        for (Path entry : complete.subList(Math.min(othersKept, complete.size()), complete.size())) {
            Instant lastUsed = SeedCacheMarker.lastUsed(entry).truncatedTo(ChronoUnit.SECONDS);
            remove(entry, "evicted " + entry + " (last used " + lastUsed + ", " + megabytes(entry) + " MB) — " + keeping());
        }
    }

    /**
     * Stops PostgreSQL left running on any entry whose JVM is gone (halted or killed before it could stop it), without
     * deleting the entry: a complete one still serves the next run that opens it.
     */
    void stopLeftRunning() {
        for (Path entry : entries()) {
            if (OrphanReaper.liveOwner(entry).isEmpty()) {
                OrphanReaper.stopPostmaster(entry).ifPresent(pid -> log.accept("Seed cache: stopped PostgreSQL (pid " + pid
                        + ") left running on " + entry + " by a killed JVM"));
            }
        }
    }

    private String keeping() {
        int n = settings.maxEntries();
        String kept = switch (n) {
            case 0 -> "keeping only the entries in use";
            case 1 -> "keeping the most recently used entry";
            default -> "keeping the " + n + " most recently used entries";
        };
        return kept + " (" + MigrationTestConfiguration.SEED_CACHE_MAX_ENTRIES + "=" + n + ")";
    }

    private void remove(Path entry, String line) {
        OrphanReaper.stopPostmaster(entry).ifPresent(pid -> log.accept("Seed cache: stopped PostgreSQL (pid " + pid
                + ") left running on " + entry + " by a killed JVM"));
        SeedCache.delete(entry);
        log.accept("Seed cache: " + line);
    }

    /** The data directories the harness made: each has an owner marker beside it, so no other folder is ever taken. */
    private List<Path> entries() {
        if (!Files.isDirectory(settings.directory())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(settings.directory())) {
            return files.filter(f -> Files.isDirectory(f) && Files.isRegularFile(OrphanReaper.marker(f))).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String megabytes(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(SeedCacheEviction::size).sum();
            return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
        } catch (IOException e) {
            return "?";
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException vanished) {
            return 0;
        }
    }
}
