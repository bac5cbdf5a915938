package io.github.migrationtest.internal.locks;

import java.util.Optional;

/**
 * The lock a statement that runs outside a transaction is documented to take, as a floor under what sampling from a
 * second connection may miss.
 */
final class KnownLocks {

    record Known(String relationName, LockMode mode, boolean nameIsIndex) {
    }

    private KnownLocks() {
    }

    static Optional<Known> of(String sql) {
        Optional<String> createIndexTable = SqlText.find(sql,
                "^CREATE (?:UNIQUE )?INDEX CONCURRENTLY .*?\\bON (?:ONLY )?" + SqlText.NAME);
        if (createIndexTable.isPresent()) {
            return Optional.of(new Known(createIndexTable.get(), LockMode.SHARE_UPDATE_EXCLUSIVE, false));
        }
        Optional<String> droppedIndex = SqlText.find(sql, "^DROP INDEX CONCURRENTLY (?:IF EXISTS )?" + SqlText.NAME);
        if (droppedIndex.isPresent()) {
            return Optional.of(new Known(droppedIndex.get(), LockMode.SHARE_UPDATE_EXCLUSIVE, true));
        }
        Optional<String> vacuumFull = SqlText.find(sql, "^VACUUM \\(?FULL\\b.*?" + SqlText.NAME + "\\s*$");
        if (vacuumFull.isPresent()) {
            return Optional.of(new Known(vacuumFull.get(), LockMode.ACCESS_EXCLUSIVE, false));
        }
        return Optional.empty();
    }
}
