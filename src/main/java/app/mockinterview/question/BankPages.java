package app.mockinterview.question;

import java.util.regex.Pattern;

import app.mockinterview.system.PublicPages;

import org.springframework.stereotype.Component;

/**
 * The bank's pages are alike for every visitor: the bank, the question pages and the JSON
 * API. They change only with an import ({@link BankChanged}).
 */
@Component
class BankPages implements PublicPages {

	private static final Pattern PATHS = Pattern
		.compile("/|/questions/[a-z0-9-]{1,80}|/api/questions(/[a-z0-9-]{1,80})?");

	@Override
	public Pattern paths() {
		return PATHS;
	}

}
