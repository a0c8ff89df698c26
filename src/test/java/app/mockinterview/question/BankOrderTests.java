package app.mockinterview.question;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestDatabase;
import org.hibernate.resource.jdbc.spi.StatementInspector;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bank is read in the order of an index (issue 21): the query that finds a bank
 * page's questions, exactly as Hibernate sends it, is planned as a walk along
 * {@code question_bank_order} that stops after the page, not a sort of every question.
 * With 10,000 questions the sort made the first bank page after a restart take about 2
 * seconds.
 */
@DatabaseTest
@SpringBootTest(properties = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
		+ "app.mockinterview.question.BankOrderTests$Recorder")
class BankOrderTests {

	@Autowired
	QuestionBank bank;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@BeforeEach
	void forgetStatements() {
		Recorder.statements.clear();
	}

	@Test
	void theStoredRankOrdersTheBankEasyFirst() {
		List<QuestionSummary> all = this.bank.all(BankFilter.none());
		assertThat(all).isNotEmpty();
		assertThat(all).extracting((summary) -> summary.difficulty().rank()).isSorted();
		assertThat(this.jdbc
			.queryForObject("select count(*) from question where difficulty_rank <> case difficulty when 'EASY' then 0 "
					+ "when 'MEDIUM' then 1 else 2 end", Integer.class))
			.isZero();
	}

	@Test
	void aBankPageWalksTheSortIndexInsteadOfSortingEveryQuestion() {
		String plan = planOfPageQuery(BankFilter.none());
		String lower = plan.toLowerCase(Locale.ROOT);
		assertThat(lower).as(plan).contains("question_bank_order");
		if (TestDatabase.postgres()) {
			assertThat(lower).as(plan).doesNotContain("sort ");
		}
		else {
			assertThat(lower).as(plan).contains("index sorted").doesNotContain("index sorted:");
		}
	}

	@Test
	void aDifficultysPagesWalkTheSameIndex() {
		String plan = planOfPageQuery(new BankFilter("medium", null, null, null, "2", null, null));
		String lower = plan.toLowerCase(Locale.ROOT);
		assertThat(lower).as(plan).contains("question_bank_order");
		if (!TestDatabase.postgres()) {
			assertThat(lower).as(plan).contains("index sorted").doesNotContain("index sorted:");
		}
	}

	/** The plan of the query that reads a bank page's questions. */
	private String planOfPageQuery(BankFilter filter) {
		Recorder.statements.clear();
		this.bank.page(filter);
		String pageQuery = Recorder.statements.stream()
			.filter((sql) -> sql.toLowerCase(Locale.ROOT).contains("order by"))
			.filter((sql) -> sql.toLowerCase(Locale.ROOT).contains("difficulty_rank"))
			.findFirst()
			.orElseThrow();
		// The page's offset and size (and a filter's value) are parameters; EXPLAIN
		// needs values.
		String explain = "explain " + pageQuery.replace("?", "1");
		return this.transaction.execute((status) -> {
			if (TestDatabase.postgres()) {
				// A handful of rows is cheaper to sort than to read by index: ask the
				// planner whether the index can serve the order at all, as it does on a
				// large bank.
				this.jdbc.execute("set local enable_seqscan = off");
				this.jdbc.execute("set local enable_sort = off");
			}
			return String.join("\n", this.jdbc.queryForList(explain, String.class));
		});
	}

	@Test
	void onH2aBankPageReadsOnlyItsRows() {
		if (TestDatabase.postgres()) {
			return;
		}
		this.bank.page(BankFilter.none());
		String pageQuery = Recorder.statements.stream()
			.filter((sql) -> sql.toLowerCase(Locale.ROOT).contains("order by"))
			.filter((sql) -> sql.toLowerCase(Locale.ROOT).contains("difficulty_rank"))
			.findFirst()
			.orElseThrow();
		int total = this.jdbc.queryForObject("select count(*) from question", Integer.class);
		assertThat(total).as("the shipped bank is larger than a page").isGreaterThan(QuestionBank.PAGE_SIZE);
		String plan = String.join("\n",
				this.jdbc.queryForList("explain analyze "
						+ pageQuery.replaceFirst("offset \\?", "offset 0").replace("?", "" + QuestionBank.PAGE_SIZE),
						String.class));
		assertThat(plan).contains("index sorted");
		// H2 reports the rows it read per table ("scanCount: n").
		int scanned = Integer.parseInt(plan.replaceAll("(?s).*scanCount: (\\d+).*", "$1"));
		assertThat(scanned).as(plan).isLessThanOrEqualTo(QuestionBank.PAGE_SIZE + 1).isLessThan(total);
	}

	/** Keeps every SQL statement Hibernate prepares. */
	public static class Recorder implements StatementInspector {

		static final List<String> statements = new CopyOnWriteArrayList<>();

		@Override
		public String inspect(String sql) {
			statements.add(sql);
			return sql;
		}

	}

}
