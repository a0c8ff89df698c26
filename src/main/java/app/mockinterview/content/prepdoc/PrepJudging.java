package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import app.mockinterview.content.CanonicalQuestion;
import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;

/**
 * Maps the parts of a prep-document question that judge an answer (red flags, common
 * wrong answers, what a senior answer adds, version notes). What does not fit the
 * question-file format is left out with a warning, so that the question still imports.
 */
final class PrepJudging {

	private static final Pattern RED_FLAG = Pattern
		.compile("(?i)^\\*\\*at most (strong no|lean no|lean yes) on [^*]{1,200}\\*\\*\\s*:?\\s*\\S.*");

	private static final Pattern LABELLED = Pattern.compile("^\\*\\*[^*]{1,300}\\*\\*\\s*:?\\s*\\S.*");

	private final String path;

	private final UnaryOperator<String> resolve;

	PrepJudging(String path, UnaryOperator<String> resolve) {
		this.path = path;
		this.resolve = resolve;
	}

	CanonicalQuestion.Judging map(Map<PartLabel, Part> parts, List<ContentProblem> problems) {
		return new CanonicalQuestion.Judging(
				items(parts.get(PartLabel.RED_FLAGS), RED_FLAG,
						"a red flag is written '- **At most <Strong no|Lean no|Lean yes> on <criterion>**: the answer'",
						problems),
				items(parts.get(PartLabel.WRONG_ANSWERS), LABELLED,
						"a common wrong answer is written '- **The wrong claim**: why it is wrong'", problems),
				whole(parts.get(PartLabel.SENIOR_SIGNALS)), whole(parts.get(PartLabel.VERSION_NOTES)));
	}

	private String items(Part part, Pattern form, String expected, List<ContentProblem> problems) {
		if (part == null || part.isBlank()) {
			return "";
		}
		List<String> kept = new ArrayList<>();
		int skipped = 0;
		for (MarkdownLists.Item item : MarkdownLists
			.topLevelItems(this.resolve.apply(part.markdown()).lines().toList())) {
			String text = item.joined().replaceAll("\\s+", " ").strip();
			if (form.matcher(text).matches()) {
				kept.add("- " + text);
			}
			else {
				skipped++;
			}
		}
		if (skipped > 0) {
			problems.add(ContentProblem.warning(this.path, part.line(),
					skipped + " item(s) of '" + part.label().displayName() + "' left out: " + expected));
		}
		return String.join("\n", kept);
	}

	private String whole(Part part) {
		return (part == null || part.isBlank()) ? "" : this.resolve.apply(part.markdown()).strip();
	}

}
