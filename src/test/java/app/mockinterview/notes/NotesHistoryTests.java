package app.mockinterview.notes;

import java.time.Instant;

import app.mockinterview.interview.InterviewFixtures;
import app.mockinterview.notes.NotesHistory.Stream;
import app.mockinterview.system.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stored history gives back the notes as they were at any moment of interview time,
 * across snapshots, and stays bounded.
 */
@DatabaseTest
@SpringBootTest
class NotesHistoryTests {

	@Autowired
	NotesHistory history;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationContext context;

	Stream stream;

	@BeforeEach
	void interview() {
		String token = InterviewFixtures.create(this.context, "spark-data-skew-large-joins");
		long id = this.jdbc.queryForObject("select interview_id from interviewer where token = ?", Long.class, token);
		this.stream = Stream.question(id, 0);
	}

	/** Saves "line 1".."line n", one a second of interview time. */
	private void type(int lines) {
		this.transactions.executeWithoutResult((status) -> {
			String text = "";
			int lastSeq = 0;
			for (int i = 1; i <= lines; i++) {
				String next = text + "line " + i + "\n";
				this.history.record(this.stream, lastSeq, text, next, "ANSWER", i * 1000L, Instant.now());
				lastSeq = NotesHistory.seqAfterChange(lastSeq);
				text = next;
			}
		});
	}

	@Test
	void theNotesAtAMomentAreTheLastSavedBeforeIt() {
		type(120);
		assertThat(this.history.at(this.stream, 500)).isEmpty();
		assertThat(this.history.at(this.stream, 1000).orElseThrow().text()).isEqualTo("line 1\n");
		NotesHistory.Version at75 = this.history.at(this.stream, 75_500).orElseThrow();
		assertThat(at75.text()).startsWith("line 1\n").endsWith("line 75\n").contains("line 51\n");
		assertThat(at75.elapsedMillis()).isEqualTo(75_000);
		assertThat(this.history.at(this.stream, Long.MAX_VALUE).orElseThrow().text()).endsWith("line 120\n");
	}

	@Test
	void mostRevisionsAreSmallDeltasWithASnapshotEveryFifty() {
		type(120);
		var revisions = this.history.revisions(this.stream);
		assertThat(revisions).hasSize(120);
		assertThat(revisions.stream().filter(NotesHistory.Revision::snapshot).map(NotesHistory.Revision::seq))
			.containsExactly(1, 51, 101);
		assertThat(revisions.get(99).inserted()).isEqualTo("line 100\n");
	}

	@Test
	void pastTheCapTheLastRevisionFollowsTheNewestText() {
		type(NotesHistory.MAX_REVISIONS + 30);
		assertThat(this.jdbc.queryForObject("select count(*) from notes_revision where interview_id = ?", Integer.class,
				this.stream.interviewId()))
			.isEqualTo(NotesHistory.MAX_REVISIONS);
		int last = NotesHistory.MAX_REVISIONS + 30;
		assertThat(this.history.at(this.stream, Long.MAX_VALUE).orElseThrow().text()).endsWith("line " + last + "\n");
		assertThat(this.history.at(this.stream, 1_999_500).orElseThrow().text()).endsWith("line 1999\n");
	}

}
