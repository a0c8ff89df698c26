package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses the companies a question was asked at from the asides of its heading and of its
 * reported wording, such as "(from Visa interview reports)". The words that are not part
 * of a name are listed in {@code prepdoc/vocabulary/not-company-words.txt}.
 */
final class CompanyGuesser {

	private static final Pattern TRAILING_ASIDE = Pattern.compile("\\s*\\(([^()]{1,120})\\)\\s*$");

	private static final Set<String> NOT_COMPANY_WORDS = Set.copyOf(Vocabulary.words("not-company-words.txt"));

	private CompanyGuesser() {
	}

	/** Text and the aside in parentheses that ends it. */
	record Aside(String before, String inside) {

	}

	/** The aside in parentheses at the end of the text, when text comes before it. */
	static Optional<Aside> trailingAside(String text) {
		Matcher aside = TRAILING_ASIDE.matcher(text);
		if (aside.find() && aside.start() > 0) {
			return Optional.of(new Aside(text.substring(0, aside.start()), aside.group(1)));
		}
		return Optional.empty();
	}

	/** Company names in an aside such as "from Visa interview reports". */
	static List<String> companiesIn(String aside) {
		List<String> companies = new ArrayList<>();
		if (aside == null || aside.isBlank()) {
			return companies;
		}
		for (String piece : aside.split("[,;/&]|\\band\\b|\\bor\\b")) {
			List<String> words = new ArrayList<>();
			for (String word : piece.strip().split("\\s+")) {
				String clean = word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
				if (!clean.isEmpty() && !NOT_COMPANY_WORDS.contains(clean.toLowerCase(Locale.ROOT))) {
					words.add(clean);
				}
			}
			String company = String.join(" ", words);
			if (!company.isEmpty() && words.size() <= 4 && company.length() <= 60
					&& Character.isUpperCase(company.codePointAt(0))) {
				companies.add(company);
			}
		}
		return companies;
	}

	/**
	 * The companies of the heading, then those the reported attribution adds, at most 20.
	 */
	static List<String> companies(List<String> fromHeading, String attribution) {
		List<String> companies = new ArrayList<>(fromHeading);
		for (String company : companiesIn(attribution)) {
			if (!companies.contains(company)) {
				companies.add(company);
			}
		}
		return merged(companies);
	}

	/** "Goldman" and "Goldman Sachs" are one company: keep the longer name. */
	private static List<String> merged(List<String> companies) {
		List<String> result = new ArrayList<>();
		for (String company : companies) {
			boolean shorter = companies.stream()
				.anyMatch((other) -> !other.equals(company) && other.startsWith(company + " "));
			if (!shorter && !result.contains(company) && result.size() < 20) {
				result.add(company);
			}
		}
		return result;
	}

}
