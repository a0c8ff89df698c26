package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.mockinterview.content.ContentProblem;

/**
 * What importing a prep document would do, before anything is written: how the text was
 * decoded, every question found with its recognised parts, what was ignored, every
 * warning and error with its line, and the file each ready question would become.
 */
public record BankImportPreview(String documentName, List<String> encodingNotes, int linkDefinitions,
		List<QuestionPreview> questions, List<IgnoredPart> ignored, List<ContentProblem> problems) {

	/** What confirming does to a question's file. */
	public enum Action {

		NEW("new"), UPDATE("update"), UNCHANGED("unchanged");

		private final String label;

		Action(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public record QuestionPreview(int number, int line, String heading, String title, String difficulty,
			List<RecognisedPart> parts, List<IgnoredPart> ignored, List<ContentProblem> problems,
			Optional<PlannedFile> file) {

		public boolean ready() {
			return this.file.isPresent();
		}

		/** The question's title, or its heading when no title was found. */
		public String name() {
			return this.title.isEmpty() ? this.heading : this.title;
		}

		/**
		 * Where a ready question will be saved: "Will be saved as questions/x.md (new)".
		 */
		public String targetText() {
			return this.file
				.map((planned) -> "Will be saved as " + planned.path() + " (" + planned.action().label() + ")")
				.orElse("");
		}

		public List<ContentProblem> errors() {
			return this.problems.stream().filter(ContentProblem::isError).toList();
		}

		public List<ContentProblem> warnings() {
			return this.problems.stream().filter((p) -> !p.isError()).toList();
		}

	}

	/** A part that was recognised, with the line of its label and its first lines. */
	public record RecognisedPart(String name, int line, List<String> firstLines) {

	}

	public record IgnoredPart(int line, String what) {

	}

	/**
	 * The canonical file a question becomes, relative to the content directory.
	 */
	public record PlannedFile(String id, String path, Action action, String markdown) {

	}

	public List<QuestionPreview> readyQuestions() {
		return this.questions.stream().filter(QuestionPreview::ready).toList();
	}

	public long brokenCount() {
		return this.questions.stream().filter((q) -> !q.ready()).count();
	}

	public boolean hasErrors() {
		return brokenCount() > 0 || this.problems.stream().anyMatch(ContentProblem::isError);
	}

	public long count(Action action) {
		return readyQuestions().stream().filter((q) -> q.file().get().action() == action).count();
	}

	/**
	 * The preview's counts in a sentence: "8 question(s) found: 6 ready (4 new, 1 to
	 * update, 1 unchanged), 2 with errors; 3 link definition(s)."
	 */
	public String summary() {
		return "%d question(s) found: %d ready (%d new, %d to update, %d unchanged), %d with errors; %d link definition(s)."
			.formatted(this.questions.size(), readyQuestions().size(), count(Action.NEW), count(Action.UPDATE),
					count(Action.UNCHANGED), brokenCount(), this.linkDefinitions);
	}

	/** The report as text, as the command line prints it. */
	public List<String> reportLines() {
		List<String> lines = new ArrayList<>();
		lines.add("Prep document " + this.documentName + ": " + String.join("; ", this.encodingNotes));
		lines
			.add("Found %d question(s): %d ready (%d new, %d to update, %d unchanged), %d broken; %d link definition(s)"
				.formatted(this.questions.size(), readyQuestions().size(), count(Action.NEW), count(Action.UPDATE),
						count(Action.UNCHANGED), brokenCount(), this.linkDefinitions));
		for (ContentProblem problem : this.problems) {
			lines.add(problem.toString());
		}
		for (IgnoredPart part : this.ignored) {
			lines.add("ignored " + this.documentName + ":" + part.line() + ": " + part.what());
		}
		for (QuestionPreview question : this.questions) {
			lines.add("");
			String target = question.file()
				.map((file) -> " -> " + file.path() + " (" + file.action().label() + ")")
				.orElse(" -> NOT IMPORTED");
			lines.add("#%d %s:%d: %s [%s]%s".formatted(question.number(), this.documentName, question.line(),
					question.name(), question.difficulty(), target));
			for (RecognisedPart part : question.parts()) {
				lines.add("    " + part.name() + " (line " + part.line() + "): "
						+ (part.firstLines().isEmpty() ? "" : part.firstLines().get(0)));
			}
			for (IgnoredPart part : question.ignored()) {
				lines.add("    ignored line " + part.line() + ": " + part.what());
			}
			for (ContentProblem problem : question.problems()) {
				lines.add("    " + problem);
			}
		}
		return lines;
	}

}
