package app.mockinterview.practice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import app.mockinterview.question.Area;
import app.mockinterview.question.QuestionSummary;

/**
 * Chooses what to practise next by area: areas never practised come first (in the order
 * of the loop), then the areas with the lowest self-scores, then the least practised.
 * Each suggested area offers a question not tried yet, or failing that the one scored
 * lowest.
 */
final class PractiseNext {

	/**
	 * One attempt as far as suggestions care: its question and its average self-score.
	 */
	record Tried(String questionId, OptionalDouble averageScore) {

	}

	/** How an area stands for one person. */
	record Standing(Area area, int attempts, OptionalDouble averageScore) {

		double sortScore() {
			return this.averageScore.orElse(0);
		}

	}

	private PractiseNext() {
	}

	/**
	 * @param bank the active questions in bank order
	 * @param tried the person's attempts
	 */
	static List<MyPracticeView.Suggestion> suggest(List<QuestionSummary> bank, List<Tried> tried, int count) {
		Map<String, QuestionSummary> byId = new HashMap<>();
		bank.forEach((question) -> byId.put(question.id(), question));
		Map<String, Double> lowestByQuestion = new HashMap<>();
		Set<String> triedIds = new LinkedHashSet<>();
		for (Tried attempt : tried) {
			triedIds.add(attempt.questionId());
			attempt.averageScore().ifPresent((score) -> lowestByQuestion.merge(attempt.questionId(), score, Math::min));
		}
		List<MyPracticeView.Suggestion> suggestions = new ArrayList<>();
		for (Standing standing : standings(bank, tried, byId)) {
			if (suggestions.size() >= count) {
				break;
			}
			pick(bank, standing.area(), triedIds, lowestByQuestion)
				.ifPresent((question) -> suggestions.add(new MyPracticeView.Suggestion(question.id(), question.title(),
						question.difficulty(), standing.area().label(), reason(standing))));
		}
		return suggestions;
	}

	/** Every area that has questions, most in need of practice first. */
	static List<Standing> standings(List<QuestionSummary> bank, List<Tried> tried, Map<String, QuestionSummary> byId) {
		Map<Area, List<Double>> scores = new EnumMap<>(Area.class);
		Map<Area, Integer> attempts = new EnumMap<>(Area.class);
		bank.stream()
			.map(QuestionSummary::area)
			.filter(java.util.Objects::nonNull)
			.forEach((area) -> attempts.putIfAbsent(area, 0));
		for (Tried attempt : tried) {
			QuestionSummary question = byId.get(attempt.questionId());
			if (question == null || question.area() == null) {
				continue;
			}
			attempts.merge(question.area(), 1, Integer::sum);
			attempt.averageScore()
				.ifPresent((score) -> scores.computeIfAbsent(question.area(), (a) -> new ArrayList<>()).add(score));
		}
		return attempts.entrySet()
			.stream()
			.map((entry) -> new Standing(entry.getKey(), entry.getValue(),
					scores.getOrDefault(entry.getKey(), List.of()).stream().mapToDouble(Double::doubleValue).average()))
			.sorted(Comparator.comparing((Standing s) -> s.attempts() > 0)
				.thenComparing((Standing s) -> s.averageScore().isEmpty())
				.thenComparingDouble(Standing::sortScore)
				.thenComparingInt(Standing::attempts)
				.thenComparing(Standing::area))
			.toList();
	}

	private static Optional<QuestionSummary> pick(List<QuestionSummary> bank, Area area, Set<String> triedIds,
			Map<String, Double> lowestByQuestion) {
		List<QuestionSummary> inArea = bank.stream().filter((question) -> question.area() == area).toList();
		return inArea.stream()
			.filter((question) -> !triedIds.contains(question.id()))
			.findFirst()
			.or(() -> inArea.stream()
				.min(Comparator.comparingDouble((QuestionSummary q) -> lowestByQuestion.getOrDefault(q.id(), 0.0))));
	}

	private static String reason(Standing standing) {
		if (standing.attempts() == 0) {
			return "An area you have not practised yet";
		}
		String times = (standing.attempts() == 1) ? "once" : standing.attempts() + " times";
		if (standing.averageScore().isEmpty()) {
			return "Practised " + times + ", never self-scored";
		}
		return "Practised %s, average self-score %.1f of 4".formatted(times, standing.averageScore().getAsDouble());
	}

}
