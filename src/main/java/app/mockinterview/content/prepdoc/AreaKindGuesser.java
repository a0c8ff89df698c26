package app.mockinterview.content.prepdoc;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.question.Area;
import app.mockinterview.question.QuestionKind;

/**
 * Guesses a question's area and kind, which prep documents do not state, from the words
 * of its title and topics.
 */
record AreaKindGuesser(String path) {

	/** Words of a title or topic that point at an area, the first match winning. */
	private static final Map<String, Area> AREA_WORDS = areaWords();

	private static final List<String> DESIGN_WORDS = List.of("design", "architect", "build a", "pipeline for");

	private static final List<String> TROUBLESHOOTING_WORDS = List.of("troubleshoot", "debug", "oom", "out of memory",
			"slow", "lag", "skew", "fail", "fix", "reprocess");

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

	static QuestionKind kind(String title) {
		String text = title.toLowerCase(Locale.ROOT);
		if (DESIGN_WORDS.stream().anyMatch(text::contains)) {
			return QuestionKind.DESIGN;
		}
		if (TROUBLESHOOTING_WORDS.stream().anyMatch(text::contains)) {
			return QuestionKind.TROUBLESHOOTING;
		}
		return QuestionKind.CONCEPT;
	}

	private static Map<String, Area> areaWords() {
		Map<String, Area> words = new LinkedHashMap<>();
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
		return Collections.unmodifiableMap(words);
	}

}
