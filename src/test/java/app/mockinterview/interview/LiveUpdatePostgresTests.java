package app.mockinterview.interview;

import app.mockinterview.system.OnPostgres;

/**
 * On PostgreSQL: the live stage updates, announced through NOTIFY, every case of
 * {@link LiveUpdateTests}.
 */
@OnPostgres
class LiveUpdatePostgresTests extends LiveUpdateTests {

}
