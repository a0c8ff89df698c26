package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.LinkResolver.Link;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Line;
import app.mockinterview.content.prepdoc.PrepDocumentParser.LinkDefinition;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;
import app.mockinterview.content.prepdoc.PrepDocumentParser.PrepQuestion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reported wording, the criteria and the Clarify guidance read from a question's
 * parts.
 */
class PrepPartsTests {

	private final LinkResolver resolver = new LinkResolver("doc.md",
			Map.of("1", new LinkDefinition("https://forum.example.org/t/1", null, 90)));

	private final List<ContentProblem> problems = new ArrayList<>();

	private static Part part(PartLabel label, int line, String... lines) {
		return new Part(label, line,
				IntStream.range(0, lines.length).mapToObj((i) -> new Line(line + 1 + i, lines[i])).toList());
	}

	private static PrepQuestion question(Part... parts) {
		Map<PartLabel, Part> byLabel = new EnumMap<>(PartLabel.class);
		for (Part part : parts) {
			byLabel.put(part.label(), part);
		}
		return new PrepQuestion(3, "Easy 1 — Title", null, byLabel, List.of(), List.of(), List.of());
	}

	@Test
	void theReportedWordingIsTheQuotedQuestionAndTheRestIsItsAttribution() {
		ReportedWording reported = ReportedWording.read("doc.md",
				part(PartLabel.REPORTED, 10,
						"> “How do you **backfill** two weeks?” (reported by an Acme candidate). ([Forum][1])"),
				this.resolver, this.problems);
		assertThat(reported.text()).isEqualTo("How do you backfill two weeks?");
		assertThat(reported.markdown()).isEqualTo("How do you **backfill** two weeks?");
		assertThat(reported.attribution()).isEqualToNormalizingWhitespace("(reported by an Acme candidate).");
		assertThat(reported.links()).containsExactly(new Link("Forum", "https://forum.example.org/t/1"));
		assertThat(this.problems).isEmpty();
	}

	@Test
	void unquotedWordingTakesItsAttributionFromATrailingAside() {
		ReportedWording reported = ReportedWording.read("doc.md",
				part(PartLabel.REPORTED, 10, "Explain exactly-once delivery (Globex onsite)."), this.resolver,
				this.problems);
		assertThat(reported.text()).isEqualTo("Explain exactly-once delivery");
		assertThat(reported.attribution()).isEqualTo("Globex onsite");
	}

	@Test
	void emptyWordingIsAnError() {
		ReportedWording.read("doc.md", part(PartLabel.REPORTED, 10, "> ([Forum][1])"), this.resolver, this.problems);
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("doc.md:10: the reported wording is empty");
	}

	@Test
	void eachBulletBecomesANamedCriterionWithItsLevels() {
		String criteria = new EvaluationCriteria("doc.md", this.resolver).read(
				part(PartLabel.EVALUATES, 20, "* **Idempotency**: a rerun must not double the data",
						"  - **Lean yes**: says overwrite", "* Logical dates: what a run processes",
						"* Logical dates (again)", "* Operational care so the warehouse is not flooded by runs"),
				this.problems);
		assertThat(criteria).isEqualTo(String.join("\n", "- **Idempotency**: a rerun must not double the data",
				"  - **Lean yes**: says overwrite", "- **Logical dates**: what a run processes",
				"- **Logical dates (2)**: Logical dates (again)",
				"- **Operational care so the warehouse is…**: Operational care so the warehouse is not flooded by runs"));
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("doc.md:20: warning: two criteria are both named 'Logical dates'; "
					+ "the second is called 'Logical dates (2)'");
	}

	@Test
	void clarifyComesFromTheModelAnswerStepThatStartsWithClarify() {
		PrepQuestion prep = question(part(PartLabel.MODEL_ANSWER, 30,
				"1. **Clarify (one line):** Which tables? " + "How late can data arrive — assume a day.",
				"   * Ask about volume", "2. **Build:** the rest"));
		assertThat(new ClarifyDeriver("doc.md", this.resolver).clarify(prep, this.problems))
			.isEqualTo("- Which tables?\n- How late can data arrive\n- Assume a day.\n\n* Ask about volume");
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("doc.md:30: warning: no Clarify part: the Clarify guidance is taken from the model "
					+ "answer step that starts with 'Clarify'");
	}

	@Test
	void anExplicitClarifyPartWinsAndWithoutAnyTheGuidanceIsEmpty() {
		ClarifyDeriver deriver = new ClarifyDeriver("doc.md", this.resolver);
		assertThat(deriver.clarify(question(part(PartLabel.CLARIFY, 5, "- Which [forum][1]?")), this.problems))
			.isEqualTo("- Which [forum](https://forum.example.org/t/1)?");
		assertThat(deriver.clarify(question(part(PartLabel.APPROACH, 7, "1. Plan", "2. Build")), this.problems))
			.isEmpty();
		assertThat(this.problems).extracting(ContentProblem::toString)
			.containsExactly("doc.md:3: warning: no Clarify part and no step starting with 'Clarify': the Clarify "
					+ "stage will offer no guidance");
	}

}
