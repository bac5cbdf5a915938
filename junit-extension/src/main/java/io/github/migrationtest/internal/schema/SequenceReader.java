package io.github.migrationtest.internal.schema;

import static io.github.migrationtest.internal.schema.CatalogQuery.RELATION_NAME;
import static io.github.migrationtest.internal.schema.CatalogQuery.USER_SCHEMA;
import static io.github.migrationtest.internal.schema.CatalogQuery.notFromExtension;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads sequences with their options and owning column. The current value is data, not schema, and
 * identity sequences are part of their column, so neither appears here.
 */
final class SequenceReader implements CatalogReader {

    private static final String SEQUENCES = "SELECT " + RELATION_NAME + " AS name,"
            + """
             format_type(s.seqtypid, NULL) AS type, s.seqstart, s.seqincrement, s.seqmin, s.seqmax,
             s.seqcache, s.seqcycle,
             (SELECT quote_ident(tn.nspname) || '.' || quote_ident(t.relname) || '.' || quote_ident(a.attname)
                FROM pg_depend d JOIN pg_class t ON t.oid = d.refobjid
                JOIN pg_namespace tn ON tn.oid = t.relnamespace
                JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
               WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'a'
                 AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0) AS owned_by
            FROM pg_sequence s
            JOIN pg_class c ON c.oid = s.seqrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE NOT EXISTS (SELECT 1 FROM pg_depend i WHERE i.classid = 'pg_class'::regclass
                                AND i.objid = c.oid AND i.deptype = 'i')
              AND""" + " " + USER_SCHEMA + " AND " + notFromExtension("pg_class", "c.oid");

    @Override
    public List<CatalogQuery> queries() {
        return List.of(new CatalogQuery(SEQUENCES, SequenceReader::toObject));
    }

    private static SchemaObject toObject(ResultSet row) throws SQLException {
        String ownedBy = row.getString("owned_by");
        String definition = "AS " + row.getString("type")
                + " START WITH " + row.getLong("seqstart")
                + " INCREMENT BY " + row.getLong("seqincrement")
                + " MINVALUE " + row.getLong("seqmin")
                + " MAXVALUE " + row.getLong("seqmax")
                + " CACHE " + row.getLong("seqcache")
                + (row.getBoolean("seqcycle") ? " CYCLE" : " NO CYCLE")
                + (ownedBy == null ? "" : " OWNED BY " + ownedBy);
        return new SchemaObject(new ObjectKey(SchemaObjectKind.SEQUENCE, row.getString("name")),
                CatalogQuery.key(SchemaObjectKind.COLUMN, ownedBy), definition);
    }
}
