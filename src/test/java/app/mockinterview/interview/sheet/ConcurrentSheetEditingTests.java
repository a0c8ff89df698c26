package app.mockinterview.interview.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import app.mockinterview.interview.InterviewFixtures;
import app.mockinterview.interview.RatingsForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sheets saved at the same moment: two interviewers save their own sheets together; two
 * saves of one sheet from the same loaded version race. Every save lands where it
 * belongs, and the losing save is refused as stale with a message rather than failing or
 * overwriting.
 */
@SpringBootTest
// MockMvc is not used here: configured like the web tests, this class shares their
// application context instead of starting one of its own.
@AutoConfigureMockMvc
class ConcurrentSheetEditingTests {

	static final int ROUNDS = 150;

	@Autowired
	ApplicationContext context;

	@Autowired
	SheetService service;

	@Autowired
	ScoringSheets sheets;

	private final ExecutorService pool = Executors.newFixedThreadPool(4);

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	@Test
	void twoInterviewersSavingTheirSheetsAtOnceKeepTheirOwnWork() throws Exception {
		String lead = InterviewFixtures.create(this.context, "kafka-json-schema-evolution");
		String second = InterviewFixtures.addSecondInterviewer(this.context, lead);
		CyclicBarrier together = new CyclicBarrier(2);
		List<Future<Long>> work = new ArrayList<>();
		for (String token : List.of(lead, second)) {
			work.add(this.pool.submit(() -> {
				long version = this.sheets.sheet(token).version();
				for (int round = 1; round <= ROUNDS / 3; round++) {
					together.await(10, TimeUnit.SECONDS);
					RatingsForm form = new RatingsForm(List.of(), String.valueOf(1 + round % 4),
							"feedback from " + token + " round " + round, "private " + token + " round " + round,
							version);
					version = this.service.save(token, form, version, false).getVersion();
				}
				return version;
			}));
		}
		for (Future<Long> done : work) {
			done.get(60, TimeUnit.SECONDS);
		}
		int last = ROUNDS / 3;
		for (String token : List.of(lead, second)) {
			SheetView sheet = this.sheets.sheet(token);
			assertThat(sheet.feedbackForCandidate()).isEqualTo("feedback from " + token + " round " + last);
			assertThat(sheet.privateNotes()).isEqualTo("private " + token + " round " + last);
		}
	}

	@Test
	void ofTwoSavesFromTheSameLoadedSheetOneWinsAndTheOtherIsRefusedAsStale() throws Exception {
		String token = InterviewFixtures.create(this.context, "kafka-json-schema-evolution");
		for (int round = 0; round < 20; round++) {
			long loaded = this.sheets.sheet(token).version();
			CyclicBarrier together = new CyclicBarrier(2);
			List<Future<String>> outcomes = new ArrayList<>();
			for (String tab : List.of("tab A", "tab B")) {
				outcomes.add(this.pool.submit(() -> {
					together.await(10, TimeUnit.SECONDS);
					try {
						this.service.save(token, new RatingsForm(List.of(), "2", tab, tab, loaded), loaded, false);
						return "saved " + tab;
					}
					catch (StaleSheetException ex) {
						return "stale: " + ex.getMessage();
					}
				}));
			}
			List<String> results = new ArrayList<>();
			for (Future<String> outcome : outcomes) {
				results.add(outcome.get(30, TimeUnit.SECONDS));
			}
			assertThat(results).as("round " + round).filteredOn((r) -> r.startsWith("saved")).hasSize(1);
			assertThat(results).filteredOn((r) -> r.startsWith("stale")).singleElement().asString().contains("changed");
			String winner = results.stream().filter((r) -> r.startsWith("saved")).findFirst().orElseThrow();
			assertThat(this.sheets.sheet(token).feedbackForCandidate()).isEqualTo(winner.substring("saved ".length()));
		}
	}

}
