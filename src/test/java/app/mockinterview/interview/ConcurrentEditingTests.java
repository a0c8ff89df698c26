package app.mockinterview.interview;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.mockinterview.question.Stage;
import app.mockinterview.system.GroupCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People editing at the same moment: the candidate and the interviewer autosave together,
 * round after round. Every save lands where it belongs, the last one wins and nothing
 * crosses into the other role's data. Many people autosaving at once share commits, and
 * every save is still stored. (Sheets saved at once:
 * {@code ConcurrentSheetEditingTests}.)
 */
@SpringBootTest
// MockMvc is not used here: configured like the web tests, this class shares their
// application context instead of starting one of its own.
@AutoConfigureMockMvc
class ConcurrentEditingTests {

	static final int ROUNDS = 150;

	@Autowired
	InterviewService service;

	@Autowired
	InterviewNotes notes;

	@Autowired
	InterviewPages pages;

	@Autowired
	GroupCommit groupCommit;

	private final ExecutorService pool = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void candidateAndInterviewerAutosavingTogetherNeverLoseOrCrossUpdates() throws Exception {
		InterviewService.Created interview = this.service.create(List.of("kafka-json-schema-evolution"), "Ines", "Carl",
				null);
		String candidate = interview.candidateToken();
		String interviewer = interview.interviewerToken();
		CyclicBarrier together = new CyclicBarrier(2);
		Future<Integer> candidateSaves = this.pool.submit(() -> {
			int saved = 0;
			for (int round = 1; round <= ROUNDS; round++) {
				together.await(10, TimeUnit.SECONDS);
				saved += this.notes.saveCandidate(candidate, 0, "candidate round " + round, round).saved() ? 1 : 0;
			}
			return saved;
		});
		Future<Integer> interviewerSaves = this.pool.submit(() -> {
			int saved = 0;
			for (int round = 1; round <= ROUNDS; round++) {
				together.await(10, TimeUnit.SECONDS);
				saved += this.notes.saveInterviewer(interviewer, 0, Stage.CLARIFY, "interviewer round " + round, round)
					.saved() ? 1 : 0;
			}
			return saved;
		});
		assertThat(candidateSaves.get(60, TimeUnit.SECONDS)).isEqualTo(ROUNDS);
		assertThat(interviewerSaves.get(60, TimeUnit.SECONDS)).isEqualTo(ROUNDS);

		InterviewViews.Room room = this.pages.room(candidate, "");
		InterviewViews.Console console = this.pages.console(interviewer, "");
		assertThat(room.notes()).isEqualTo("candidate round " + ROUNDS);
		assertThat(console.notes().candidateNotes()).isEqualTo("candidate round " + ROUNDS);
		assertThat(console.notes().privateNotes()).isEqualTo("interviewer round " + ROUNDS);
		assertThat(room.toString()).doesNotContain("interviewer round");
	}

	@Test
	void manyPeopleAutosavingAtOnceShareCommitsAndEverySaveIsStored() throws Exception {
		int interviews = 8;
		int savesEach = 30;
		List<InterviewService.Created> created = new ArrayList<>();
		for (int i = 0; i < interviews; i++) {
			created.add(this.service.create(List.of("kafka-json-schema-evolution"), "Ines", "Carl " + i, null));
		}
		long commitsBefore = this.groupCommit.commits();
		long unitsBefore = this.groupCommit.committedUnits();
		ExecutorService everyone = Executors.newFixedThreadPool(2 * interviews);
		try {
			List<Future<Integer>> saved = new ArrayList<>();
			for (InterviewService.Created interview : created) {
				saved.add(everyone.submit(() -> {
					int count = 0;
					for (int revision = 1; revision <= savesEach; revision++) {
						count += this.notes
							.saveCandidate(interview.candidateToken(), 0,
									"candidate " + interview.candidateToken() + " " + revision, revision)
							.saved() ? 1 : 0;
					}
					return count;
				}));
				saved.add(everyone.submit(() -> {
					int count = 0;
					for (int revision = 1; revision <= savesEach; revision++) {
						count += this.notes
							.saveInterviewer(interview.interviewerToken(), 0, Stage.CLARIFY, "interviewer " + revision,
									revision)
							.saved() ? 1 : 0;
					}
					return count;
				}));
			}
			for (Future<Integer> done : saved) {
				assertThat(done.get(60, TimeUnit.SECONDS)).isEqualTo(savesEach);
			}
		}
		finally {
			everyone.shutdownNow();
		}
		int saves = 2 * interviews * savesEach;
		assertThat(this.groupCommit.committedUnits() - unitsBefore).isEqualTo(saves);
		assertThat(this.groupCommit.commits() - commitsBefore).as("commits for %d saves", saves).isLessThan(saves);
		for (InterviewService.Created interview : created) {
			assertThat(this.pages.room(interview.candidateToken(), "").notes())
				.isEqualTo("candidate " + interview.candidateToken() + " " + savesEach);
			assertThat(this.pages.console(interview.interviewerToken(), "").notes().privateNotes())
				.isEqualTo("interviewer " + savesEach);
		}
	}

	@Test
	void lateAutosavesArrivingOutOfOrderNeverOverwriteNewerOnes() throws Exception {
		InterviewService.Created interview = this.service.create(List.of("kafka-json-schema-evolution"), "Ines", "Carl",
				null);
		List<Callable<Boolean>> saves = new ArrayList<>();
		for (int revision = ROUNDS; revision >= 1; revision--) {
			long r = revision;
			saves.add(() -> this.notes.saveCandidate(interview.candidateToken(), 0, "revision " + r, r).saved());
		}
		for (Future<Boolean> save : this.pool.invokeAll(saves)) {
			save.get();
		}
		assertThat(this.pages.room(interview.candidateToken(), "").notes()).isEqualTo("revision " + ROUNDS);
	}

}
