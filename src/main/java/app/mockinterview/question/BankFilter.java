package app.mockinterview.question;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The bank's filters as they arrive in the URL
 * ({@code ?area=streaming&kind=design&difficulty=medium&topic=Kafka&company=...&q=...&page=2}).
 * Anything that does not make sense is dropped with a message rather than failing the
 * page.
 */
public record BankFilter(String difficulty, String topic, String company, String q, String page, String area,
		String kind) {

	static final int MAX_TEXT = 200;

	public static BankFilter none() {
		return new BankFilter(null, null, null, null, null, null, null);
	}

	public Optional<Difficulty> difficultyValue() {
		return Difficulty.fromSlug(blankToNull(this.difficulty));
	}

	public Optional<Area> areaValue() {
		return Area.fromSlug(blankToNull(this.area));
	}

	public Optional<QuestionKind> kindValue() {
		return QuestionKind.fromSlug(blankToNull(this.kind));
	}

	public Optional<String> topicValue() {
		return Optional.ofNullable(blankToNull(this.topic));
	}

	public Optional<String> companyValue() {
		return Optional.ofNullable(blankToNull(this.company));
	}

	/** The search text, lower-cased and trimmed to a sensible length. */
	public Optional<String> searchValue() {
		return Optional.ofNullable(blankToNull(this.q))
			.map((text) -> (text.length() > MAX_TEXT) ? text.substring(0, MAX_TEXT) : text)
			.map((text) -> text.toLowerCase(Locale.ROOT));
	}

	/**
	 * The words of the search text, each once: a question matches when it has every one
	 * of them ("kafka lag" finds the question about Kafka consumer lag).
	 */
	public List<String> searchWords() {
		return searchValue().map((text) -> List.copyOf(new LinkedHashSet<>(List.of(text.strip().split("\\s+")))))
			.orElse(List.of());
	}

	/** Zero-based page index. */
	public int pageIndex() {
		try {
			return Math.max(0, Integer.parseInt(blankToNull(this.page) == null ? "1" : this.page.strip()) - 1);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	public List<String> messages() {
		List<String> messages = new ArrayList<>();
		if (blankToNull(this.difficulty) != null && difficultyValue().isEmpty()) {
			messages.add("There is no difficulty called \"" + this.difficulty.strip()
					+ "\", so every difficulty is shown. Choose easy, medium or hard.");
		}
		if (blankToNull(this.area) != null && areaValue().isEmpty()) {
			messages.add("There is no area called \"" + this.area.strip() + "\", so every area is shown.");
		}
		if (blankToNull(this.kind) != null && kindValue().isEmpty()) {
			messages.add("There is no kind of question called \"" + this.kind.strip()
					+ "\", so every kind is shown. Choose concept, troubleshooting, design or exercise.");
		}
		if (blankToNull(this.page) != null && !this.page.strip().matches("[1-9][0-9]{0,6}")) {
			messages.add("\"" + this.page.strip() + "\" is not a page number, so the first page is shown.");
		}
		if (this.q != null && this.q.strip().length() > MAX_TEXT) {
			messages.add("The search text was shortened to its first " + MAX_TEXT + " characters.");
		}
		return messages;
	}

	public boolean isFiltered() {
		return difficultyValue().isPresent() || areaValue().isPresent() || kindValue().isPresent()
				|| topicValue().isPresent() || companyValue().isPresent() || searchValue().isPresent();
	}

	/**
	 * A link to the bank with these filters, one changed. Used by the filter links and
	 * pagination.
	 */
	public String with(String name, Object value) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/");
		param(uri, "area", "area".equals(name) ? value : areaValue().map(Area::slug).orElse(null));
		param(uri, "kind", "kind".equals(name) ? value : kindValue().map(QuestionKind::slug).orElse(null));
		param(uri, "difficulty",
				"difficulty".equals(name) ? value : difficultyValue().map(Difficulty::slug).orElse(null));
		param(uri, "topic", "topic".equals(name) ? value : topicValue().orElse(null));
		param(uri, "company", "company".equals(name) ? value : companyValue().orElse(null));
		param(uri, "q", "q".equals(name) ? value : blankToNull(this.q));
		if ("page".equals(name) && value != null && !"1".equals(String.valueOf(value))) {
			uri.queryParam("page", value);
		}
		return uri.encode().build().toUriString();
	}

	private static void param(UriComponentsBuilder uri, String name, Object value) {
		if (value != null && !String.valueOf(value).isBlank()) {
			uri.queryParam(name, value);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
