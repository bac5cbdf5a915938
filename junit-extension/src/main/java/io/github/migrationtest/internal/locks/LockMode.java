package io.github.migrationtest.internal.locks;

import java.util.Arrays;

/** PostgreSQL's table-level lock modes, weakest first. */
public enum LockMode {
    ACCESS_SHARE("AccessShareLock"),
    ROW_SHARE("RowShareLock"),
    ROW_EXCLUSIVE("RowExclusiveLock"),
    SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),
    SHARE("ShareLock"),
    SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),
    EXCLUSIVE("ExclusiveLock"),
    ACCESS_EXCLUSIVE("AccessExclusiveLock");

    private final String pgName;

    LockMode(String pgName) {
        this.pgName = pgName;
    }

    /** Parses the {@code mode} column of {@code pg_locks}, e.g. {@code ShareLock}. */
    public static LockMode fromPgLocks(String mode) {
        return Arrays.stream(values())
                .filter(m -> m.pgName.equals(mode))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a table lock mode: " + mode));
    }

    public static LockMode strongest(LockMode a, LockMode b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The name {@code pg_locks} gives, e.g. {@code ShareLock}. */
    String pgName() {
        return pgName;
    }

    /** The name as SQL spells it: {@code SHARE ROW EXCLUSIVE}. */
    public String sqlName() {
        return name().replace('_', ' ');
    }

    /** Conflicts with ACCESS SHARE, the lock every SELECT takes. */
    public boolean blocksReads() {
        return this == ACCESS_EXCLUSIVE;
    }

    /** Conflicts with ROW EXCLUSIVE, the lock INSERT, UPDATE and DELETE take. */
    public boolean blocksWrites() {
        return compareTo(SHARE) >= 0;
    }

    /** What ordinary application traffic cannot do while this lock is held, for messages. */
    public String blockedTraffic() {
        if (blocksReads()) {
            return "reads and writes";
        }
        return blocksWrites() ? "writes" : "other schema changes";
    }
}
