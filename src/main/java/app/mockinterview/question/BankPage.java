package app.mockinterview.question;

import java.util.List;
import java.util.Map;

/**
 * One page of the filtered bank, with what the filter controls need.
 *
 * @param countsByDifficulty matching questions per difficulty, ignoring the difficulty
 * filter itself
 * @param countsByArea matching questions per area that has any, ignoring the area filter
 * itself
 */
public record BankPage(List<QuestionSummary> questions, long total, int pageIndex, int pageSize,
		Map<Difficulty, Long> countsByDifficulty, Map<Area, Long> countsByArea, List<String> topics,
		List<String> companies) {

	/** How many questions match the filters other than difficulty. */
	public long totalAcrossDifficulties() {
		return this.countsByDifficulty.values().stream().mapToLong(Long::longValue).sum();
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.pageSize - 1) / this.pageSize);
	}

	public int firstNumber() {
		return (this.total == 0) ? 0 : this.pageIndex * this.pageSize + 1;
	}

	public int lastNumber() {
		return this.pageIndex * this.pageSize + this.questions.size();
	}

	/** "Showing 21–40 of 57 questions", or "Showing 1 question". */
	public String showingText() {
		if (this.total == 1) {
			return "Showing 1 question";
		}
		return "Showing " + firstNumber() + "–" + lastNumber() + " of " + this.total + " questions";
	}

	public boolean hasPrevious() {
		return this.pageIndex > 0;
	}

	public boolean hasNext() {
		return this.pageIndex + 1 < totalPages();
	}

}
