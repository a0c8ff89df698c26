package app.mockinterview.practice;

import java.time.Instant;

import app.mockinterview.link.CapabilityToken;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An anonymous owner of practice attempts. Its id is a capability token kept in a cookie
 * and in the personal link that restores it in another browser.
 */
@Entity
@Table(name = "practice_profile")
class PracticeProfile {

	@Id
	private String id;

	private Instant createdAt;

	protected PracticeProfile() {
	}

	static PracticeProfile create(Instant now) {
		PracticeProfile profile = new PracticeProfile();
		profile.id = CapabilityToken.generate();
		profile.createdAt = now;
		return profile;
	}

	String getId() {
		return this.id;
	}

}
