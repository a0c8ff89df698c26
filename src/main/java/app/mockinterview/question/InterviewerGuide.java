package app.mockinterview.question;

import java.util.List;

/**
 * What a question tells the person judging an answer beyond the rubric: red flags that
 * cap a rating, common wrong answers, what a senior answer adds and where the answer
 * depends on a version. Never sent to a candidate-facing page.
 */
public record InterviewerGuide(List<RedFlag> redFlags, List<WrongAnswer> wrongAnswers, List<String> seniorSignalsHtml,
		String versionNotesHtml) {

	public static final InterviewerGuide EMPTY = new InterviewerGuide(List.of(), List.of(), List.of(), "");

	public InterviewerGuide {
		redFlags = List.copyOf(redFlags);
		wrongAnswers = List.copyOf(wrongAnswers);
		seniorSignalsHtml = List.copyOf(seniorSignalsHtml);
		versionNotesHtml = (versionNotesHtml != null) ? versionNotesHtml : "";
	}

	public boolean isEmpty() {
		return this.redFlags.isEmpty() && this.wrongAnswers.isEmpty() && this.seniorSignalsHtml.isEmpty()
				&& this.versionNotesHtml.isBlank();
	}

	/** The red flags that cap the given criterion. */
	public List<RedFlag> redFlagsFor(String criterionKey) {
		return this.redFlags.stream().filter((flag) -> flag.criterionKey().equals(criterionKey)).toList();
	}

}
