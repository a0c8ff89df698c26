package app.mockinterview.system;

import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at a PostgreSQL database created for it alone, and drops
 * that database when the context closes, after the connection pool has shut down.
 */
class PostgresDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String BEAN_NAME = "testPostgresDatabase";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPostgres.Database database = TestPostgres.createDatabase();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test-postgres", Map.of("spring.datasource.url", database.url(),
					"spring.datasource.username", database.user(), "spring.datasource.password", database.password())));
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

}
