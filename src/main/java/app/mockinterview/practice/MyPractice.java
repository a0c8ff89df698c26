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

	private final Clock clock;

	MyPractice(PracticeAttemptRepository attempts, QuestionBank bank, Clock clock) {
		this.attempts = attempts;
		this.bank = bank;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	MyPracticeView view(String profileId) {
		Instant now = this.clock.instant();
		List<PracticeAttempt> all = this.attempts.findByProfileIdOrderByStartedAtDesc(profileId);
		List<MyPracticeView.AttemptRow> rows = all.stream()
			.map((attempt) -> new MyPracticeView.AttemptRow(attempt.getId(), attempt.getQuestion().getId(),
					attempt.getQuestion().getTitle(), attempt.getQuestion().getDifficulty(), attempt.getStartedAt(),
					attempt.isCompleted(), attempt.getCurrentStage(), attempt.totalTime(now).toSeconds(),
					attempt.hintsUsed(),
					attempt.averageSelfScore().isPresent() ? attempt.averageSelfScore().getAsDouble() : null))
			.toList();
		return new MyPracticeView(profileId, rows, criterionAverages(all), suggestions(all));
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

	/**
	 * Questions never tried come first (in bank order), then tried ones by their lowest
	 * self-score.
	 */
	private List<MyPracticeView.Suggestion> suggestions(List<PracticeAttempt> attempts) {
		Set<String> tried = new HashSet<>();
		Map<String, Double> lowestScore = new LinkedHashMap<>();
		for (PracticeAttempt attempt : attempts) {
			tried.add(attempt.getQuestion().getId());
			attempt.averageSelfScore()
				.ifPresent((average) -> lowestScore.merge(attempt.getQuestion().getId(), average, Math::min));
		}
		List<QuestionSummary> active = this.bank.all(BankFilter.none());
		List<MyPracticeView.Suggestion> suggestions = new ArrayList<>();
		active.stream()
			.filter((question) -> !tried.contains(question.id()))
			.limit(SUGGESTIONS)
			.forEach((question) -> suggestions.add(new MyPracticeView.Suggestion(question.id(), question.title(),
					question.difficulty(), "Not practised yet")));
		active.stream()
			.filter((question) -> lowestScore.containsKey(question.id()))
			.sorted(Comparator.comparingDouble((QuestionSummary question) -> lowestScore.get(question.id())))
			.limit(Math.max(0, SUGGESTIONS - suggestions.size()))
			.forEach((question) -> suggestions.add(new MyPracticeView.Suggestion(question.id(), question.title(),
					question.difficulty(), "Your self-score was %.1f of 4".formatted(lowestScore.get(question.id())))));
		return suggestions;
	}

}
