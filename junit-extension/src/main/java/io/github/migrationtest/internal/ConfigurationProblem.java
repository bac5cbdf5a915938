package io.github.migrationtest.internal;

/**
 * A rehearsal that cannot run as configured. {@link #setting()} names what to fix: an annotation
 * attribute ({@code locations}) or a configuration key ({@code migrationtest.database}).
 */
public final class ConfigurationProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String setting;

    public ConfigurationProblem(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    public ConfigurationProblem(String setting, String message, Throwable cause) {
        super(message, cause);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
