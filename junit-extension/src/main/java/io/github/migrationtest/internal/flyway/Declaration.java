package io.github.migrationtest.internal.flyway;

import java.util.List;

/**
 * One declaration in a forward script, e.g. {@code -- migrationtest: loses-data public.category (feature removed)}.
 *
 * @param script where it is, e.g. {@code classpath:db/migration/V7__drop_category.sql}
 * @param line   its line in the script, from 1
 * @param form   what it declares
 * @param values the places, the lock rule or the duration, as written
 * @param reason why, as written between the parentheses
 */
public record Declaration(String script, int line, Form form, List<String> values, String reason) {

    public Declaration {
        values = List.copyOf(values);
    }

    /** The forms a declaration can take, each judged like the assertion it names. */
    public enum Form {
        /** like {@code losesDataOnlyIn(places…)} */
        LOSES_DATA("loses-data", "<table or table.column>[, …]"),
        /** like {@code allowsLockRule(rule, reason)} */
        ALLOW("allow", "<lock rule>"),
        /** like {@code blocksNoTableLongerThan(duration)} */
        MAX_BLOCKED("max-blocked", "<duration such as 500ms>"),
        /** like {@code allowsPlanChange(query, reason)} */
        ALLOW_PLAN_CHANGE("allow-plan-change", "<critical query name>"),
        /** like {@code allowsOldApplicationError(sqlState, reason)} */
        ALLOW_OLD_APPLICATION_ERROR("allow-old-application-error", "<SQLSTATE such as 42703>"),
        /** the migration runs once the new code is live: the current application is judged during it, not the old */
        POST_DEPLOY("post-deploy", "");

        private final String keyword;
        private final String argument;

        Form(String keyword, String argument) {
            this.keyword = keyword;
            this.argument = argument;
        }

        public String keyword() {
            return keyword;
        }

        /** {@code -- migrationtest: loses-data <table or table.column>[, …] (<reason>)}. */
        public String template() {
            return this == POST_DEPLOY ? "-- migrationtest: post-deploy [(<reason>)]"
                    : "-- migrationtest: " + keyword + " " + argument + " (<reason>)";
        }
    }

    /** {@code loses-data public.category (feature removed)}: how the console and the reports show it. */
    public String summary() {
        return form.keyword() + (values.isEmpty() ? "" : " " + String.join(", ", values)) + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    /** {@code classpath:db/migration/V7__drop_category.sql line 1}. */
    public String where() {
        return script + " line " + line;
    }
}
