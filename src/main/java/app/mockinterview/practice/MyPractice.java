package app.mockinterview.practice;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import app.mockinterview.question.BankFilter;
import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.QuestionBank;
import app.mockinterview.question.QuestionSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summarises a profile's attempts: the list, per-criterion self-score averages and what
 * to practise next.
 */
@Component
class MyPractice {

	static final int SUGGESTIONS = 3;

	private final PracticeAttemptRepository attempts;

	private final QuestionBank bank;

	private final CommonRubric rubric;

	private final Clock clock;

	MyPractice(PracticeAttemptRepository attempts, QuestionBank bank, CommonRubric rubric, Clock clock) {
		this.attempts = attempts;
		this.bank = bank;
		this.rubric = rubric;
		this.clock = clock;
	}

	/**
	 * The page, with its pictures drawn for one area (a slug, or null for all) and one
	 * criterion (a key, or null for the average of all).
	 */
	@Transactional(readOnly = true)
	MyPracticeView view(String profileId, String area, String criterion) {
		Instant now = this.clock.instant();
		List<PracticeAttempt> all = this.attempts.findByProfileIdOrderByStartedAtDesc(profileId);
		List<MyPracticeView.AttemptRow> rows = all.stream()
			.map((attempt) -> new MyPracticeView.AttemptRow(attempt.getId(), attempt.getQuestion().getId(),
					attempt.getQuestion().getTitle(), attempt.getQuestion().getDifficulty(), attempt.getStartedAt(),
					attempt.isCompleted(), attempt.getCurrentStage(), attempt.totalTime(now).toSeconds(),
					attempt.hintsUsed(),
					attempt.averageSelfScore().isPresent() ? attempt.averageSelfScore().getAsDouble() : null))
			.toList();
		return new MyPracticeView(profileId, rows, criterionAverages(all), suggestions(all),
				PracticeProgress.of(all, area, criterion, this.rubric.scale(), now));
	}

	private static List<MyPracticeView.CriterionAverage> criterionAverages(List<PracticeAttempt> attempts) {
		Map<String, List<Integer>> ratings = new LinkedHashMap<>();
		for (PracticeAttempt attempt : attempts) {
			for (SelfScore score : attempt.getSelfScores()) {
				ratings.computeIfAbsent(score.criterionName(), (name) -> new ArrayList<>()).add(score.rating());
			}
		}
		return ratings.entrySet()
			.stream()
			.map((entry) -> new MyPracticeView.CriterionAverage(entry.getKey(),
					entry.getValue().stream().mapToInt(Integer::intValue).average().orElse(0), entry.getValue().size()))
			.sorted(Comparator.comparingDouble(MyPracticeView.CriterionAverage::average)
				.thenComparing(MyPracticeView.CriterionAverage::name))
			.toList();
	}

	/** The areas practised least or scored lowest, one question each. */
	private List<MyPracticeView.Suggestion> suggestions(List<PracticeAttempt> attempts) {
		List<PractiseNext.Tried> tried = attempts.stream()
			.map((attempt) -> new PractiseNext.Tried(attempt.getQuestion().getId(), attempt.averageSelfScore()))
			.toList();
		return PractiseNext.suggest(this.bank.all(BankFilter.none()), tried, SUGGESTIONS);
	}

}
