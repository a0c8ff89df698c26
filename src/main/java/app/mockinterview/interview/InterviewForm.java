package app.mockinterview.interview;

import java.util.ArrayList;
import java.util.List;

/**
 * The "new interview" form: optional names and up to five questions in the order they
 * will be asked.
 */
public record InterviewForm(String interviewerName, String candidateName, List<String> questions) {

	public InterviewForm {
		questions = (questions == null) ? List.of() : questions;
	}

	/**
	 * The chosen slots in order, blanks and repeated questions dropped; an area
	 * ({@code area:sql}) may be chosen more than once.
	 */
	public List<String> chosen() {
		java.util.Set<String> seen = new java.util.HashSet<>();
		return this.questions.stream()
			.filter((id) -> id != null && !id.isBlank())
			.map(String::strip)
			.filter((id) -> id.startsWith(QuestionPicks.AREA_PREFIX) || seen.add(id))
			.toList();
	}

	public String questionAt(int index) {
		return (index < this.questions.size()) ? this.questions.get(index) : "";
	}

	List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (chosen().isEmpty()) {
			problems.add("Choose at least one question.");
		}
		if (chosen().size() > Interview.MAX_QUESTIONS) {
			problems.add("An interview has at most " + Interview.MAX_QUESTIONS + " questions.");
		}
		if (tooLong(this.interviewerName) || tooLong(this.candidateName)) {
			problems.add("Names can be at most " + DisplayName.MAX_LENGTH + " characters.");
		}
		return problems;
	}

	private static boolean tooLong(String name) {
		return name != null && name.strip().length() > DisplayName.MAX_LENGTH;
	}

}
