package app.mockinterview.question;

import java.util.Map;

import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * Adds the size of the bank to {@code /actuator/info}: {@code "questions":{"active":8}}.
 */
@Component
class QuestionBankInfo implements InfoContributor {

	private final QuestionRepository questions;

	QuestionBankInfo(QuestionRepository questions) {
		this.questions = questions;
	}

	@Override
	public void contribute(Info.Builder builder) {
		builder.withDetail("questions", Map.of("active", this.questions.countByActiveTrue()));
	}

}
