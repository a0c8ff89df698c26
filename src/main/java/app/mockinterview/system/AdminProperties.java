package app.mockinterview.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Credentials of the admin area ({@code app.admin.username}, env
 * {@code APP_ADMIN_USERNAME}, default {@code admin}; {@code app.admin.password}, env
 * {@code APP_ADMIN_PASSWORD}, no default). Without a password the admin area does not
 * exist: there is never a default password.
 */
@ConfigurationProperties("app.admin")
public record AdminProperties(@DefaultValue("admin") String username, String password) {

	public boolean enabled() {
		return this.password != null && !this.password.isBlank();
	}

}
