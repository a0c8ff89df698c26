package app.mockinterview.content.prepdoc;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.PrepDocumentParser.PrepQuestion;
import app.mockinterview.question.Difficulty;

/**
 * What a question's heading says, such as "Easy 1 — Backfilling a DAG (Acme interview)":
 * the title, the companies of its aside and, with the group heading it stands under, the
 * difficulty.
 */
record QuestionHeading(String title, List<String> companies, Optional<Difficulty> difficulty) {

	private static final Pattern NUMBER_PREFIX = Pattern.compile(
			"^(?:(easy|medium|hard|q|question|problem)\\s*#?\\s*)?\\d{1,4}\\s*[.):\\p{Pd}\\u2212]+\\s*",
			Pattern.CASE_INSENSITIVE);

	static QuestionHeading read(String path, PrepQuestion prep, List<ContentProblem> problems) {
		int line = prep.line();
		String heading = PrepDocumentParser.stripDecoration(prep.heading());
		Matcher number = NUMBER_PREFIX.matcher(heading);
		String prefixWord = null;
		String title = heading;
		if (number.find()) {
			prefixWord = number.group(1);
			title = heading.substring(number.end());
		}
		List<String> companies = List.of();
		Optional<CompanyGuesser.Aside> aside = CompanyGuesser.trailingAside(title);
		if (aside.isPresent()) {
			companies = CompanyGuesser.companiesIn(aside.get().inside());
			title = aside.get().before();
		}
		title = InlineMarkdown.stripInline(title).strip();
		if (title.isEmpty()) {
			problems.add(ContentProblem.error(path, line, "the question heading has no title"));
		}
		else if (title.length() > 200) {
			title = title.substring(0, 200).strip();
			problems.add(ContentProblem.warning(path, line, "the title is cut to 200 characters"));
		}
		return new QuestionHeading(title, companies, difficulty(path, prep, prefixWord, problems));
	}

	private static Optional<Difficulty> difficulty(String path, PrepQuestion prep, String prefixWord,
			List<ContentProblem> problems) {
		Optional<Difficulty> fromHeading = Optional.ofNullable(prefixWord)
			.flatMap((word) -> Difficulty.fromSlug(word.toLowerCase(Locale.ROOT)));
		Optional<Difficulty> fromGroup = Optional.ofNullable(prep.groupDifficulty());
		if (fromHeading.isPresent() && fromGroup.isPresent() && fromHeading.get() != fromGroup.get()) {
			problems.add(ContentProblem.warning(path, prep.line(),
					"the heading says " + fromHeading.get().slug() + " but the question is under the "
							+ fromGroup.get().slug() + " group; using " + fromGroup.get().slug()));
		}
		Optional<Difficulty> difficulty = fromGroup.or(() -> fromHeading);
		if (difficulty.isEmpty()) {
			problems.add(ContentProblem.error(path, prep.line(),
					"no difficulty: put the question under an EASY, MEDIUM or HARD heading, or start its heading "
							+ "with Easy, Medium or Hard"));
		}
		return difficulty;
	}

}
