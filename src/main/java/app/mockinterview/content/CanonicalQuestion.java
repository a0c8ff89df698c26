package app.mockinterview.content;

import java.util.List;

import app.mockinterview.question.Area;
import app.mockinterview.question.Difficulty;
import app.mockinterview.question.QuestionKind;
import app.mockinterview.question.StageMinutes;

/**
 * A question as its content file says it, before rendering: front-matter values and the
 * Markdown of each section. {@link CanonicalMarkdown} writes it in the one canonical
 * layout described in {@code content/README.md}, and reads it back from a file.
 *
 * @param order position within its difficulty, or {@code null} for the default
 * @param importedFrom the prep document the question was imported from, or {@code null}
 * @param evaluates the rubric criteria as {@code - **Name**: meaning} lines
 * @param clarify may be empty (the Clarify stage then offers no guidance)
 */
public record CanonicalQuestion(String id, String title, Difficulty difficulty, Area area, QuestionKind kind,
		List<String> topics, List<String> companies, String reported, String sourceName, String sourceUrl,
		StageMinutes minutes, Integer order, String importedFrom, String prompt, String evaluates, String clarify,
		String approach, String modelAnswer, String followUps, Judging judging, String sources, Sql sql) {

	public CanonicalQuestion {
		topics = List.copyOf(topics);
		companies = List.copyOf(companies);
		reported = (reported != null) ? reported : "";
		sourceName = (sourceName != null) ? sourceName : "";
		sourceUrl = (sourceUrl != null) ? sourceUrl : "";
		minutes = (minutes != null) ? minutes : StageMinutes.DEFAULT;
		clarify = (clarify != null) ? clarify : "";
		judging = (judging != null) ? judging : Judging.NONE;
	}

	/**
	 * The Markdown of the sections that judge an answer; each may be empty (a file
	 * imported from a prep document that had none).
	 */
	public record Judging(String redFlags, String wrongAnswers, String seniorSignals, String versionNotes) {

		public static final Judging NONE = new Judging("", "", "", "");

		public Judging {
			redFlags = (redFlags != null) ? redFlags : "";
			wrongAnswers = (wrongAnswers != null) ? wrongAnswers : "";
			seniorSignals = (seniorSignals != null) ? seniorSignals : "";
			versionNotes = (versionNotes != null) ? versionNotes : "";
		}

	}

	/**
	 * The {@code sql:} settings of a SQL exercise, as written ({@code tolerance} may be
	 * null); null for other questions.
	 */
	public record Sql(boolean ordered, String tolerance) {

	}

	/** The same question under another id. */
	public CanonicalQuestion withId(String newId) {
		return new CanonicalQuestion(newId, this.title, this.difficulty, this.area, this.kind, this.topics,
				this.companies, this.reported, this.sourceName, this.sourceUrl, this.minutes, this.order,
				this.importedFrom, this.prompt, this.evaluates, this.clarify, this.approach, this.modelAnswer,
				this.followUps, this.judging, this.sources, this.sql);
	}

}
