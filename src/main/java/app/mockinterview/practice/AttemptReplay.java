package app.mockinterview.practice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import app.mockinterview.content.UserMarkdown;
import app.mockinterview.notes.NotesHistory;
import app.mockinterview.notes.NotesHistory.Stream;
import app.mockinterview.notes.Replay;
import app.mockinterview.question.ElapsedTime;
import app.mockinterview.question.Stage;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The replay of an attempt's notes on its review: each stage's notes as they were at a
 * minute of the attempt's time, with the stage changes marked (the stages' times laid end
 * to end in order, exact when the stages were worked through in order).
 */
@Component
class AttemptReplay {

	private final PracticeService practice;

	private final NotesHistory history;

	private final Clock clock;

	AttemptReplay(PracticeService practice, NotesHistory history, Clock clock) {
		this.practice = practice;
		this.history = history;
		this.clock = clock;
	}

	/** The replay once the attempt has reached its review; empty before. */
	@Transactional(readOnly = true)
	Optional<Replay> of(String attemptId, Integer at) {
		PracticeAttempt attempt = this.practice.find(attemptId);
		if (attempt.getCurrentStage() != Stage.REVIEW && !attempt.isCompleted()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		List<Replay.Mark> marks = new ArrayList<>();
		long total = 0;
		for (Stage stage : Stage.values()) {
			Duration spent = attempt.stage(stage).elapsed(now);
			if (!spent.isZero()) {
				marks.add(new Replay.Mark(total / 1000, ElapsedTime.format(total / 1000), stage.label()));
				total += spent.toMillis();
			}
		}
		String page = "/practice/attempts/" + attemptId;
		return Optional.of(Replay.of(page, page + "/replay", at, total, marks, (moment) -> {
			List<Replay.Part> parts = new ArrayList<>();
			for (Stage stage : Stage.values()) {
				if (stage.isTimed()) {
					Optional<NotesHistory.Version> version = this.history
						.at(Stream.attemptStage(attemptId, stage.name()), moment);
					String text = version.map(NotesHistory.Version::text).orElse("");
					parts.add(new Replay.Part(stage.label() + " notes", text, UserMarkdown.toSafeHtml(text),
							version
								.map((v) -> "saved at %s of practice time"
									.formatted(ElapsedTime.format(v.elapsedMillis() / 1000)))
								.orElse(null)));
				}
			}
			return parts;
		}));
	}

}
