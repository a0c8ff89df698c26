package app.mockinterview.interview;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

import app.mockinterview.question.Area;
import app.mockinterview.question.BankFilter;
import app.mockinterview.question.QuestionBank;
import app.mockinterview.question.QuestionSummary;

import org.springframework.stereotype.Component;

/**
 * Turns the question slots of the "new interview" form into question ids. A slot names a
 * question by its id, or an area ({@code area:sql}): "one SQL, one Spark, one design". An
 * area slot gets a question of that area chosen at random among those not already in the
 * interview.
 */
@Component
class QuestionPicks {

	static final String AREA_PREFIX = "area:";

	private final QuestionBank bank;

	private final RandomGenerator random;

	QuestionPicks(QuestionBank bank) {
		this.bank = bank;
		this.random = RandomGenerator.getDefault();
	}

	/** The outcome: the question ids in slot order, or why they could not be chosen. */
	record Picked(List<String> questionIds, List<String> problems) {

	}

	Picked resolve(List<String> slots) {
		Set<String> chosen = new LinkedHashSet<>();
		slots.stream().filter((slot) -> !slot.startsWith(AREA_PREFIX)).forEach(chosen::add);
		List<String> ids = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String slot : slots) {
			if (!slot.startsWith(AREA_PREFIX)) {
				ids.add(slot);
				continue;
			}
			String slug = slot.substring(AREA_PREFIX.length());
			Optional<Area> area = Area.fromSlug(slug);
			if (area.isEmpty()) {
				problems.add("There is no area called \"" + slug + "\". Choose an area from the list.");
				continue;
			}
			List<String> candidates = this.bank.all(areaFilter(area.get()))
				.stream()
				.map(QuestionSummary::id)
				.filter((id) -> !chosen.contains(id))
				.toList();
			if (candidates.isEmpty()) {
				problems.add("There is no " + area.get().label() + " question left to add: choose another area or a "
						+ "question.");
				continue;
			}
			String id = candidates.get(this.random.nextInt(candidates.size()));
			chosen.add(id);
			ids.add(id);
		}
		return new Picked(ids, problems);
	}

	private static BankFilter areaFilter(Area area) {
		return new BankFilter(null, null, null, null, null, area.slug(), null);
	}

}
