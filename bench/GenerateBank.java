import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes a synthetic question bank in the content format of {@code content/README.md}:
 * N question files of about the size of the shipped ones (5-8 KB, every section filled,
 * code blocks, tables, links), plus the shipped {@code rubric.md}. The output is the same
 * for the same N and seed, so benchmark runs compare like with like.
 *
 * <pre>
 * java bench/GenerateBank.java N OUTPUT_DIR [RUBRIC_FILE] [SEED]
 * </pre>
 */
public class GenerateBank {

	static final String[] AREAS = { "sql", "data-modelling", "batch", "streaming", "lakehouse", "orchestration", "cdc",
			"data-quality", "warehouse", "governance", "system-design" };

	static final String[] KINDS = { "concept", "troubleshooting", "design" };

	/** The rubric's rating levels, lowest first, as content/rubric.md names them. */
	static final String[] LEVELS = { "Strong no", "Lean no", "Lean yes", "Strong yes" };

	static final String[] TOPICS = { "Spark", "Kafka", "SQL", "Airflow", "Data modelling", "Data quality", "Streaming",
			"Batch", "Performance", "Reliability", "Storage formats", "Data lakes", "Warehousing", "dbt", "Flink",
			"CDC", "Orchestration", "Cost", "Security", "Testing", "Python", "Scala", "Iceberg", "Delta Lake", "Hive",
			"Partitioning", "Schema evolution", "Observability", "Cloud", "Kubernetes" };

	static final String[] COMPANIES = { "Visa", "Goldman Sachs", "Amazon", "Netflix", "Uber", "Airbnb", "Meta",
			"Google", "Microsoft", "Spotify", "Stripe", "Shopify", "LinkedIn", "Databricks", "Snowflake", "Booking",
			"Zalando", "Revolut", "Monzo", "Capital One", "JPMorgan", "Walmart", "Target", "Lyft", "DoorDash",
			"Pinterest", "Twitter", "Salesforce", "Adobe", "Oracle", "SAP", "Intuit", "PayPal", "Expedia", "Wayfair",
			"Instacart", "Coinbase", "Robinhood", "Square", "Atlassian" };

	static final String[] SUBJECTS = { "late-arriving events", "a skewed join", "duplicate records",
			"a slowly changing dimension", "a billion-row fact table", "schema drift", "a nightly batch that overruns",
			"an exactly-once sink", "consumer lag", "small files", "a hot partition", "backfilling a year of data",
			"GDPR deletion requests", "a flaky upstream API", "out-of-order updates", "a streaming aggregation",
			"cost spikes in the warehouse", "a failed deployment of a pipeline", "a metric that drifted overnight",
			"point-in-time correct features" };

	static final String[] VERBS = { "Design", "Debug", "Scale", "Model", "Migrate", "Test", "Monitor", "Optimise",
			"Recover from", "Explain" };

	static final String[] CONTEXTS = { "in Spark", "with Kafka", "in SQL", "on a data lake", "in a warehouse",
			"with Airflow", "with Flink", "under a tight SLA", "across regions", "for a payments company" };

	static final String[] WORDS = ("partition shuffle executor driver broadcast watermark checkpoint offset replica "
			+ "compaction manifest snapshot merge upsert idempotent retry backoff schema contract lineage freshness "
			+ "throughput latency backlog window state key skew salt bucket index cluster cost budget alert metric "
			+ "sample audit quarantine replay reconcile deduplicate validate tolerate recover")
		.split(" ");

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java bench/GenerateBank.java N OUTPUT_DIR [RUBRIC_FILE] [SEED]");
			System.exit(2);
		}
		int count = Integer.parseInt(args[0]);
		Path out = Path.of(args[1]);
		Path rubric = Path.of(args.length > 2 ? args[2] : "content/rubric.md");
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 42L;
		Path questions = out.resolve("questions");
		if (Files.exists(questions)) {
			try (Stream<Path> old = Files.list(questions)) {
				for (Path file : old.toList()) {
					Files.delete(file);
				}
			}
		}
		Files.createDirectories(questions);
		Files.copy(rubric, out.resolve("rubric.md"), StandardCopyOption.REPLACE_EXISTING);
		Random random = new Random(seed);
		long bytes = 0;
		for (int i = 1; i <= count; i++) {
			String text = question(i, random);
			byte[] data = text.getBytes(StandardCharsets.UTF_8);
			bytes += data.length;
			Files.write(questions.resolve(String.format(Locale.ROOT, "generated-%05d.md", i)), data);
		}
		System.out.printf(Locale.ROOT, "wrote %d questions (%d bytes, %d on average) to %s%n", count, bytes,
				count == 0 ? 0 : bytes / count, questions);
	}

	static String question(int number, Random random) {
		String subject = pick(random, SUBJECTS);
		String verb = pick(random, VERBS);
		String context = pick(random, CONTEXTS);
		String title = verb + " " + subject + " " + context + " (#" + number + ")";
		String difficulty = pick(random, new String[] { "easy", "medium", "hard" });
		List<String> topics = distinct(random, TOPICS, 1 + random.nextInt(3));
		List<String> companies = distinct(random, COMPANIES, random.nextInt(3));
		StringBuilder md = new StringBuilder(8192);
		md.append("---\n");
		md.append("id: generated-").append(String.format(Locale.ROOT, "%05d", number)).append('\n');
		md.append("title: ").append(title).append('\n');
		md.append("difficulty: ").append(difficulty).append('\n');
		md.append("area: ").append(pick(random, AREAS)).append('\n');
		md.append("kind: ").append(pick(random, KINDS)).append('\n');
		md.append("topics: [").append(String.join(", ", topics)).append("]\n");
		if (!companies.isEmpty()) {
			md.append("companies: [").append(String.join(", ", companies)).append("]\n");
		}
		md.append("reported: \"How would you ").append(verb.toLowerCase(Locale.ROOT)).append(' ').append(subject)
			.append(' ').append(context).append("?\"\n");
		md.append("source:\n  name: Synthetic interview report ").append(number).append('\n');
		md.append("  url: https://example.org/reports/").append(number).append('\n');
		md.append("minutes:\n  clarify: ").append(3 + random.nextInt(4)).append("\n  approach: ")
			.append(6 + random.nextInt(6)).append("\n  answer: ").append(12 + random.nextInt(10)).append('\n');
		md.append("order: ").append(random.nextInt(20)).append('\n');
		md.append("---\n\n");

		md.append("## Prompt\n\n").append("We are dealing with ").append(subject).append(' ').append(context)
			.append(". ").append(sentence(random, 25)).append(' ').append(sentence(random, 20)).append("\n\n");

		md.append("## What the interviewer evaluates\n\n");
		int criteria = 3 + random.nextInt(3);
		List<String> criterionNames = new ArrayList<>();
		for (int i = 0; i < criteria; i++) {
			String name = capitalise(word(random)) + ' ' + word(random) + " " + (i + 1);
			criterionNames.add(name);
			md.append("- **").append(name).append("**: ").append(sentence(random, 18)).append('\n');
			for (String level : LEVELS) {
				md.append("  - **").append(level).append("**: ").append(sentence(random, 14)).append('\n');
			}
		}
		md.append('\n');

		md.append("## Clarify\n\n");
		for (int i = 0; i < 4 + random.nextInt(3); i++) {
			md.append("- ").append(question(random, 14)).append('\n');
		}
		md.append('\n');

		md.append("## Approach\n\n");
		for (int i = 0; i < 4 + random.nextInt(3); i++) {
			md.append(i + 1).append(". ").append(sentence(random, 16)).append('\n');
		}
		md.append('\n');

		md.append("## Model answer\n\n");
		for (int part = 0; part < 3 + random.nextInt(2); part++) {
			md.append("### ").append(capitalise(word(random))).append(" and ").append(word(random)).append("\n\n");
			md.append(sentence(random, 40)).append(' ').append(sentence(random, 35)).append("\n\n");
			if (part == 1) {
				md.append("```sql\nSELECT key, count(*) AS n\nFROM events\nWHERE day = DATE '2024-0")
					.append(1 + random.nextInt(9))
					.append("-01'\nGROUP BY key\nHAVING count(*) > ")
					.append(100 + random.nextInt(1000))
					.append(";\n```\n\n");
			}
			if (part == 2) {
				md.append("| option | cost | risk |\n|---|---|---|\n");
				for (int row = 0; row < 3; row++) {
					md.append("| ").append(word(random)).append(" | ").append(word(random)).append(" | ")
						.append(word(random)).append(" |\n");
				}
				md.append('\n');
			}
		}

		md.append("## Follow-ups\n\n");
		for (int i = 0; i < 3 + random.nextInt(3); i++) {
			md.append("- ").append(question(random, 16)).append('\n');
		}
		md.append('\n');

		md.append("## Red flags\n\n");
		md.append("- **At most Lean no on ").append(pick(random, criterionNames.toArray(String[]::new)))
			.append("**: ")
			.append(sentence(random, 14))
			.append("\n\n");

		md.append("## Common wrong answers\n\n");
		for (int i = 0; i < 2 + random.nextInt(2); i++) {
			md.append("- **\"").append(sentence(random, 8)).append("\"**: ").append(sentence(random, 16)).append('\n');
		}
		md.append('\n');

		md.append("## What a senior answer adds\n\n");
		for (int i = 0; i < 2 + random.nextInt(2); i++) {
			md.append("- ").append(sentence(random, 18)).append('\n');
		}
		md.append('\n');

		md.append("## Sources\n\n- [Synthetic report ").append(number).append("](https://example.org/reports/")
			.append(number).append(")\n- [Background reading](https://example.org/reading/")
			.append(random.nextInt(100)).append(")\n");
		return md.toString();
	}

	static String sentence(Random random, int words) {
		StringBuilder text = new StringBuilder(capitalise(word(random)));
		for (int i = 1; i < words; i++) {
			text.append(i % 9 == 0 ? ", " : " ").append(word(random));
		}
		return text.append('.').toString();
	}

	static String question(Random random, int words) {
		String sentence = sentence(random, words);
		return sentence.substring(0, sentence.length() - 1) + "?";
	}

	static String word(Random random) {
		return WORDS[random.nextInt(WORDS.length)];
	}

	static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	static List<String> distinct(Random random, String[] values, int count) {
		Set<String> picked = new LinkedHashSet<>();
		while (picked.size() < count) {
			picked.add(pick(random, values));
		}
		return new ArrayList<>(picked);
	}

	static String capitalise(String word) {
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

}
