package app.mockinterview.system;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Points the Spring test contexts of {@link DatabaseTest} classes on the PostgreSQL test
 * run, and of {@link OnPostgres} classes always, at a PostgreSQL database created for the
 * context alone, and drops that database when the context closes, after the connection
 * pool has shut down. On the H2 run it changes nothing, so those contexts stay the ones
 * other test classes share.
 */
class PostgresContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean postgres = TestDatabase.postgres()
				|| TestContextAnnotationUtils.hasAnnotation(testClass, OnPostgres.class);
		return postgres ? new PostgresDatabase() : null;
	}

	/**
	 * Equal to any other, so that test classes of the same configuration share the
	 * context, and its database, as they would on H2.
	 */
	static final class PostgresDatabase implements ContextCustomizer {

		private static final String BEAN_NAME = "testPostgresDatabase";

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestPostgres.Database database = TestPostgres.createDatabase();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("test-postgres",
						Map.of("spring.datasource.url", database.url(), "spring.datasource.username", database.user(),
								"spring.datasource.password", database.password(),
								// Spring keeps every test context open: small pools, so
								// that all of them and
								// the instances some tests start fit in the server's 100
								// connections.
								"spring.datasource.hikari.maximum-pool-size", "8",
								"spring.datasource.hikari.minimum-idle", "1")));
			context.addBeanFactoryPostProcessor((beanFactory) -> register(beanFactory, database));
		}

		private static void register(ConfigurableListableBeanFactory beanFactory, TestPostgres.Database database) {
			RootBeanDefinition definition = new RootBeanDefinition(TestPostgres.Database.class, () -> database);
			definition.setDestroyMethodName("drop");
			((BeanDefinitionRegistry) beanFactory).registerBeanDefinition(BEAN_NAME, definition);
			// The pool depends on the database, so it closes first and the drop finds no
			// connection of ours left.
			if (beanFactory.containsBeanDefinition("dataSource")) {
				beanFactory.getBeanDefinition("dataSource").setDependsOn(BEAN_NAME);
			}
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof PostgresDatabase;
		}

		@Override
		public int hashCode() {
			return PostgresDatabase.class.hashCode();
		}

	}

}
