package io.github.migrationtest.internal.junit;

import io.github.migrationtest.internal.ConfigurationProblem;

/**
 * The one shape of a configuration failure: {@code @MigrationTest <setting>: <what is wrong and how to fix it>}, naming
 * the setting once: a message that starts with the setting's name keeps it in place of the prefix's copy
 * ({@code @MigrationTest seedAt = "7" is not …}), and a problem with the annotation itself is its own message.
 */
final class ConfigurationMessage {

    private ConfigurationMessage() {
    }

    static String of(ConfigurationProblem problem) {
        String setting = problem.setting();
        String message = problem.getMessage();
        if (setting.equals("@MigrationTest")) {
            return message;
        }
        return message.startsWith(setting) ? "@MigrationTest " + message : "@MigrationTest " + setting + ": " + message;
    }
}
