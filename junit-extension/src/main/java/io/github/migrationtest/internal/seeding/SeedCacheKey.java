package io.github.migrationtest.internal.seeding;

import io.github.migrationtest.internal.flyway.Migration;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The name of a seed-cache entry: a hash of everything the seeded template is made of: each migration up to the
 * seed point (version, file name, script text), the Flyway settings and the seed plan. The PostgreSQL version is
 * recorded in the entry and checked when its cluster starts.
 */
final class SeedCacheKey {

    private static final String FORMAT = "seed-cache-1";

    private SeedCacheKey() {
    }

    static String of(List<Migration> upToSeedPoint, Map<String, String> flyway, String planFingerprint) {
        MessageDigest digest = sha256();
        update(digest, FORMAT);
        for (Migration migration : upToSeedPoint) {
            update(digest, migration.versionText());
            update(digest, migration.script().fileName());
            update(digest, migration.script().read());
        }
        update(digest, new TreeMap<>(flyway).toString());
        update(digest, planFingerprint);
        return HexFormat.of().formatHex(digest.digest()).substring(0, 24);
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.UTF_8));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
