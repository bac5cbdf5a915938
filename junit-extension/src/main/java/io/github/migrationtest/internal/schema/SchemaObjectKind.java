package io.github.migrationtest.internal.schema;

/** The kinds of schema object a snapshot holds, in the order differences are reported. */
enum SchemaObjectKind {
    SCHEMA("schema"),
    TABLE("table"),
    COLUMN("column"),
    CONSTRAINT("constraint"),
    INDEX("index"),
    SEQUENCE("sequence"),
    VIEW("view"),
    MATERIALIZED_VIEW("materialized view"),
    FUNCTION("function"),
    PROCEDURE("procedure"),
    TRIGGER("trigger"),
    ENUM("enum"),
    DOMAIN("domain"),
    EXTENSION("extension"),
    COMMENT("comment"),
    TYPE("type");

    private final String label;

    SchemaObjectKind(String label) {
        this.label = label;
    }

    /** The kind as a person says it, e.g. {@code materialized view}. */
    String label() {
        return label;
    }

    static SchemaObjectKind ofLabel(String label) {
        for (SchemaObjectKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown schema object kind '" + label + "'");
    }
}
