package app.mockinterview.content.prepdoc;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.mockinterview.content.ContentProblem;

/**
 * Guesses a question's topics from the words of its title and wording: at most six, or
 * "General" with a warning when no known word is there.
 */
record TopicGuesser(String path) {

	private static final Map<String, String> TOPICS = topics();

	List<String> topics(String text, int line, List<ContentProblem> problems) {
		String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
		Set<String> found = new LinkedHashSet<>();
		for (Map.Entry<String, String> topic : TOPICS.entrySet()) {
			if (lower.contains(" " + topic.getKey() + " ") && found.size() < 6) {
				found.add(topic.getValue());
			}
		}
		if (found.isEmpty()) {
			problems.add(ContentProblem.warning(this.path, line,
					"no known topic in the title or wording; the topic is set to 'General'"));
			found.add("General");
		}
		return List.copyOf(found);
	}

	private static Map<String, String> topics() {
		Map<String, String> topics = new LinkedHashMap<>();
		for (String name : List.of("Spark", "Kafka", "SQL", "Airflow", "dbt", "Flink", "Hadoop", "Hive", "Iceberg",
				"Snowflake", "BigQuery", "Redshift", "Python", "Scala", "AWS", "S3", "GCP", "Azure", "Databricks",
				"Debezium", "CDC", "Parquet", "Avro")) {
			topics.put(name.toLowerCase(Locale.ROOT), name);
		}
		topics.put("delta lake", "Delta Lake");
		topics.put("data lake", "Data lake");
		topics.put("warehouse", "Data warehouse");
		topics.put("schema", "Schema management");
		topics.put("stream", "Streaming");
		topics.put("streaming", "Streaming");
		topics.put("pipeline", "Pipeline design");
		topics.put("skew", "Performance");
		topics.put("oom", "Performance");
		topics.put("memory", "Performance");
		topics.put("lag", "Performance");
		topics.put("performance", "Performance");
		topics.put("duplicate", "Data quality");
		topics.put("duplicates", "Data quality");
		topics.put("consistency", "Data quality");
		topics.put("quality", "Data quality");
		topics.put("reprocess", "Reliability");
		topics.put("failed", "Reliability");
		topics.put("retry", "Reliability");
		topics.put("join", "Joins");
		topics.put("joins", "Joins");
		topics.put("model", "Data modeling");
		topics.put("modeling", "Data modeling");
		topics.put("modelling", "Data modeling");
		return topics;
	}

}
