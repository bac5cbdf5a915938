package io.github.migrationtest.internal.schema;

import java.util.List;

/** One group of object kinds in the catalog of the current database, as one query per kind. */
interface CatalogReader {

    List<CatalogQuery> queries();
}
