package app.mockinterview.system;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/** Which database the application runs on, for the few statements that differ. */
public final class DatabaseProduct {

	private DatabaseProduct() {
	}

	/** Whether the data source is PostgreSQL (otherwise it is the embedded H2). */
	public static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equalsIgnoreCase(product);
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

}
