package app.mockinterview.system;

/**
 * On PostgreSQL: health, headers and error pages, every case of {@link ApplicationTests}.
 */
@OnPostgres
class ApplicationPostgresTests extends ApplicationTests {

}
