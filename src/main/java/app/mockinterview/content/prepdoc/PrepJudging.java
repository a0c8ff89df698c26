package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import app.mockinterview.content.CanonicalQuestion;
import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;
import app.mockinterview.question.Area;
import app.mockinterview.question.QuestionKind;

/**
 * Maps the parts of a prep-document question that judge an answer (red flags, common
 * wrong answers, what a senior answer adds, version notes) and guesses its area and kind,
 * which prep documents do not state. What does not fit the question-file format is left
 * out with a warning, so that the question still imports.
 */
final class PrepJudging {

	private static final Pattern RED_FLAG = Pattern
		.compile("(?i)^\\*\\*at most (strong no|lean no|lean yes) on [^*]{1,200}\\*\\*\\s*:?\\s*\\S.*");

	private static final Pattern LABELLED = Pattern.compile("^\\*\\*[^*]{1,300}\\*\\*\\s*:?\\s*\\S.*");

	/** Words of a title or topic that point at an area, the first match winning. */
	private static final Map<String, Area> AREA_WORDS = areaWords();

	private static final List<String> DESIGN_WORDS = List.of("design", "architect", "build a", "pipeline for");

	private static final List<String> TROUBLESHOOTING_WORDS = List.of("troubleshoot", "debug", "oom", "out of memory",
			"slow", "lag", "skew", "fail", "fix", "reprocess");

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

	/** The area a question's title and topics point at, with a warning to check it. */
	Area area(String title, List<String> topics, int line, List<ContentProblem> problems) {
		String text = " " + (title + " " + String.join(" ", topics)).toLowerCase(Locale.ROOT) + " ";
		Area area = AREA_WORDS.entrySet()
			.stream()
			.filter((entry) -> text.contains(entry.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(Area.SYSTEM_DESIGN);
		QuestionKind kind = kind(title);
		problems.add(ContentProblem.warning(this.path, line,
				"prep documents do not say a question's area and kind: " + "guessed area '" + area.slug()
						+ "' and kind '" + kind.slug() + "' from the title and topics; "
						+ "check them in the written file"));
		return area;
	}

	QuestionKind kind(String title) {
		String text = title.toLowerCase(Locale.ROOT);
		if (DESIGN_WORDS.stream().anyMatch(text::contains)) {
			return QuestionKind.DESIGN;
		}
		if (TROUBLESHOOTING_WORDS.stream().anyMatch(text::contains)) {
			return QuestionKind.TROUBLESHOOTING;
		}
		return QuestionKind.CONCEPT;
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

	private static Map<String, Area> areaWords() {
		Map<String, Area> words = new java.util.LinkedHashMap<>();
		words.put(" design ", Area.SYSTEM_DESIGN);
		words.put(" sql ", Area.SQL);
		words.put(" cdc ", Area.CDC);
		words.put(" debezium ", Area.CDC);
		words.put(" change data capture ", Area.CDC);
		words.put(" iceberg ", Area.LAKEHOUSE);
		words.put(" delta lake ", Area.LAKEHOUSE);
		words.put(" hudi ", Area.LAKEHOUSE);
		words.put(" airflow ", Area.ORCHESTRATION);
		words.put(" dagster ", Area.ORCHESTRATION);
		words.put(" backfill", Area.ORCHESTRATION);
		words.put(" data quality ", Area.DATA_QUALITY);
		words.put(" contract", Area.DATA_QUALITY);
		words.put(" gdpr ", Area.GOVERNANCE);
		words.put(" pii ", Area.GOVERNANCE);
		words.put(" privacy ", Area.GOVERNANCE);
		words.put(" snowflake ", Area.WAREHOUSE);
		words.put(" bigquery ", Area.WAREHOUSE);
		words.put(" redshift ", Area.WAREHOUSE);
		words.put(" warehouse ", Area.WAREHOUSE);
		words.put(" star schema", Area.DATA_MODELLING);
		words.put(" dimension", Area.DATA_MODELLING);
		words.put(" kafka ", Area.STREAMING);
		words.put(" flink ", Area.STREAMING);
		words.put(" stream", Area.STREAMING);
		words.put(" spark ", Area.BATCH);
		words.put(" batch ", Area.BATCH);
		return java.util.Collections.unmodifiableMap(words);
	}

}
