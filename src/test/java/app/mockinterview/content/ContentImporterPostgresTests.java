package app.mockinterview.content;

import app.mockinterview.system.OnPostgres;

/** The content import on PostgreSQL: every case of {@link ContentImporterTests}. */
@OnPostgres
class ContentImporterPostgresTests extends ContentImporterTests {

}
