package app.mockinterview.content;

import java.util.Map;

import java.util.List;

import app.mockinterview.question.Difficulty;
import app.mockinterview.question.Hint;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.Stage;
import app.mockinterview.question.StageMinutes;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionFileParserTests {

	private static final String PATH = "content/questions/q.md";

	private final QuestionFileParser parser = new QuestionFileParser(new MarkdownRenderer());

	private QuestionFileParser.Result parse(String text) {
		return this.parser.parse(PATH, ContentText.normalizeLineEndings(text));
	}

	private QuestionContent valid(String text) {
		QuestionFileParser.Result result = parse(text);
		assertThat(result.problems()).filteredOn(ContentProblem::isError).isEmpty();
		return result.question().orElseThrow();
	}

	private List<String> errors(String text) {
		QuestionFileParser.Result result = parse(text);
		assertThat(result.question()).as("an invalid file yields no question").isEmpty();
		return result.problems().stream().filter(ContentProblem::isError).map(ContentProblem::toString).toList();
	}

	@Test
	void readsEveryFrontMatterKey() {
		QuestionContent question = valid(QuestionFiles.valid());
		assertThat(question.id()).isEqualTo("sql-latest-row");
		assertThat(question.title()).isEqualTo("Latest row per key");
		assertThat(question.difficulty()).isEqualTo(Difficulty.MEDIUM);
		assertThat(question.topics()).containsExactly("SQL", "Data quality");
		assertThat(question.companies()).containsExactly("Example Corp", "Café Analytics");
		assertThat(question.reported()).isEqualTo("How do you keep only the newest version of each record?");
		assertThat(question.sourceName()).isEqualTo("Example report");
		assertThat(question.sourceUrl()).isEqualTo("https://example.org/report");
		assertThat(question.minutes()).isEqualTo(new StageMinutes(3, 6, 11));
		assertThat(question.order()).isEqualTo(2);
	}

	@Test
	void rendersEverySectionToHtml() {
		QuestionContent question = valid(QuestionFiles.valid());
		assertThat(question.promptHtml()).startsWith("<p>A table receives every change");
		assertThat(question.clarifyHtml()).contains("<li>Which column orders the versions?</li>");
		assertThat(question.approachHtml()).contains("<ol>").contains("Rank rows within each key");
		assertThat(question.modelAnswerHtml()).contains("<h3>Rank within each key</h3>")
			.contains("<pre><code class=\"language-sql\">SELECT * FROM ranked WHERE rn = 1;");
		assertThat(question.followUpsHtml()).contains("How would you do this incrementally?");
		assertThat(question.sourcesHtml()).contains("href=\"https://example.org/report\"");
		assertThat(question.searchText()).contains("latest row per key").contains("newest version of each one");
	}

	@Test
	void turnsEachEvaluationBulletIntoACriterion() {
		QuestionContent question = valid(QuestionFiles.valid());
		assertThat(question.criteria()).extracting("key", "name")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("window-functions", "Window functions"),
					org.assertj.core.groups.Tuple.tuple("tie-handling", "Tie handling"));
		assertThat(question.criteria().get(0).meaningHtml())
			.isEqualTo("reaches for <code>ROW_NUMBER()</code> with the right partition.");
		assertThat(question.criteria().get(1).meaningHtml())
			.isEqualTo("breaks ties when two versions share a timestamp.");
	}

	@Test
	void derivesHintsForEachTimedStage() {
		QuestionContent question = valid(QuestionFiles.valid());
		assertThat(question.hints()).filteredOn((hint) -> hint.stage() == Stage.CLARIFY)
			.extracting(Hint::html)
			.containsExactly("Which column orders the versions?", "Assume one warehouse query is enough; say so.");
		assertThat(question.hints()).filteredOn((hint) -> hint.stage() == Stage.APPROACH).hasSize(3);
		assertThat(question.hints()).filteredOn((hint) -> hint.stage() == Stage.ANSWER)
			.extracting(Hint::html)
			.containsExactly("Rank within each key", "Why the tie-breaker matters");
	}

	@Test
	void defaultsMinutesAndOrderWhenAbsent() {
		QuestionContent question = valid(QuestionFiles.replacing("""
				minutes:
				  clarify: 3
				  approach: 6
				  answer: 11
				order: 2
				""", ""));
		assertThat(question.minutes()).isEqualTo(StageMinutes.DEFAULT);
		assertThat(question.order()).isEqualTo(1000);
	}

	@Test
	void acceptsWindowsLineEndingsAByteOrderMarkAndNonAsciiText() {
		String text = "\uFEFF"
				+ QuestionFiles.valid().replace("Latest row per key", "Dernière ligne — 最新行").replace("\n", "\r\n");
		QuestionContent question = valid(text);
		assertThat(question.title()).isEqualTo("Dernière ligne — 最新行");
		assertThat(question.promptHtml()).doesNotContain("\r");
	}

	@Test
	void decodesUtf8BytesWithAByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = "---\r\nid: x\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] bytes = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, bytes, 0, 3);
		System.arraycopy(body, 0, bytes, 3, body.length);
		assertThat(ContentText.decode(bytes)).contains("---\nid: x\n");
		assertThat(ContentText.decode(new byte[] { (byte) 0xC3, (byte) 0x28 })).isEmpty();
	}

	@Test
	void readsTheLevelsRedFlagsWrongAnswersSeniorSignalsAndVersionNotes() {
		QuestionContent question = valid(QuestionFiles.valid());
		assertThat(question.area()).isEqualTo(app.mockinterview.question.Area.SQL);
		assertThat(question.kind()).isEqualTo(app.mockinterview.question.QuestionKind.CONCEPT);
		assertThat(question.criteria().get(1).levels()).containsExactly("does not see that ties can happen.",
				"sees ties only when asked.", "adds a tie-breaker column.",
				"picks a tie-breaker that is stable across reruns and says why.");
		assertThat(question.criteria().get(0).meaningHtml()).doesNotContain("Strong no");
		assertThat(question.guide().redFlags()).extracting("criterionKey", "maxScore", "maxLabel")
			.containsExactly(org.assertj.core.groups.Tuple.tuple("tie-handling", 2, "Lean no"),
					org.assertj.core.groups.Tuple.tuple("window-functions", 1, "Strong no"));
		assertThat(question.guide().wrongAnswers()).extracting("claimHtml")
			.containsExactly("DISTINCT removes the duplicates", "MAX(updated_at) in a GROUP BY is enough");
		assertThat(question.guide().seniorSignalsHtml()).singleElement().asString().contains("deduplicated once");
		assertThat(question.guide().versionNotesHtml()).contains("<code>QUALIFY</code>");
	}

	@Test
	void aQuestionWrittenForPracticeHasNoReportedWordingSourceOrCompany() {
		QuestionContent question = valid(QuestionFiles.valid()
			.replaceAll("(?m)^reported:.*\n", "")
			.replace("companies:\n  - Example Corp\n  - Café Analytics\n", "")
			.replace("source:\n  name: Example report\n  url: https://example.org/report\n", ""));
		assertThat(question.isReported()).isFalse();
		assertThat(question.companies()).isEmpty();
		assertThat(question.sourceUrl()).isEmpty();
	}

	@Test
	void warnsAboutUnknownFrontMatterKeysButStillImports() {
		QuestionFileParser.Result result = parse(QuestionFiles.replacing("order: 2", "order: 2\ntopic: Spark"));
		assertThat(result.question()).isPresent();
		assertThat(result.problems()).singleElement()
			.hasToString(PATH + ":20: warning: unknown front-matter key 'topic' is ignored; known keys: "
					+ "area, companies, difficulty, id, imported-from, kind, minutes, order, reported, source, sql, title, "
					+ "topics");
	}

	@Test
	void anEmptyClarifySectionIsAWarningAndOffersNoHints() {
		QuestionFileParser.Result result = parse(QuestionFiles
			.replacing("- Which column orders the versions?\n- Assume one warehouse query is enough; say so.\n", ""));
		assertThat(result.question()).isPresent();
		assertThat(result.question().get().clarifyHtml()).isEmpty();
		assertThat(result.question().get().hints()).noneMatch((hint) -> hint.stage() == Stage.CLARIFY);
		assertThat(result.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.toString())
				.endsWith("warning: section '## Clarify' is empty: this stage offers no guidance"));
	}

	@Test
	void acceptsTheDocumentAQuestionWasImportedFrom() {
		QuestionFileParser.Result result = parse(
				QuestionFiles.replacing("order: 2", "order: 2\nimported-from: prep.md"));
		assertThat(result.question()).isPresent();
		assertThat(result.problems()).isEmpty();
	}

	@Test
	void removesRawHtmlAndScriptFromRenderedMarkdown() {
		QuestionContent question = valid(QuestionFiles.replacing("Return only the newest version of each one.",
				"Return <script>alert(1)</script> the <b onclick=\"x()\">newest</b> [row](javascript:alert(1))."));
		assertThat(question.promptHtml()).doesNotContain("<script", "onclick", "javascript:").contains("<b>newest</b>");
	}

	@Nested
	class Rejects {

		@Test
		void aFileWithoutFrontMatter() {
			assertThat(errors(QuestionFiles.BODY)).contains(PATH
					+ ":1: missing front matter: the file must start with a line '---', then the YAML keys, then '---'");
		}

		@Test
		void frontMatterThatIsNeverClosed() {
			assertThat(errors(QuestionFiles.valid().replaceFirst("---\n\n## Prompt", "\n## Prompt")))
				.contains(PATH + ":1: front matter opened on line 1 is never closed with '---'");
		}

		@Test
		void brokenYamlWithItsLine() {
			assertThat(errors(QuestionFiles.replacing("title: Latest row per key", "title: [unclosed")))
				.anySatisfy((error) -> assertThat(error).startsWith(PATH + ":4: front matter is not valid YAML"));
		}

		@Test
		void anUnknownDifficulty() {
			assertThat(errors(QuestionFiles.replacing("difficulty: medium", "difficulty: brutal")))
				.containsExactly(PATH + ":4: unknown difficulty 'brutal'; use easy, medium or hard");
		}

		@Test
		void aMissingRequiredKey() {
			assertThat(errors(QuestionFiles.replacing("title: Latest row per key\n", "")))
				.containsExactly(PATH + ":1: missing required front-matter key 'title'");
		}

		@Test
		void anIdThatIsNotASlug() {
			assertThat(errors(QuestionFiles.withId("Latest Row"))).containsExactly(PATH
					+ ":2: id 'Latest Row' must be lower-case letters, digits and single hyphens, at most 80 long");
		}

		@Test
		void aSourceUrlThatIsNotAWebAddress() {
			assertThat(errors(
					QuestionFiles.replacing("https://example.org/report\nminutes", "javascript:alert(1)\nminutes")))
				.containsExactly(PATH + ":14: source url 'javascript:alert(1)' must be an http or https address");
		}

		@Test
		void minutesOutOfRange() {
			assertThat(errors(QuestionFiles.replacing("answer: 11", "answer: 0")))
				.containsExactly(PATH + ":18: 'minutes.answer' must be between 1 and 120, not 0");
		}

		@Test
		void aMissingSection() {
			assertThat(errors(QuestionFiles.replacing("## Follow-ups\n\n- How would you do this incrementally?\n", "")))
				.singleElement()
				.satisfies((error) -> assertThat(error).endsWith(": missing required section '## Follow-ups'"));
		}

		@Test
		void anEmptySectionWithTheLineOfItsHeading() {
			assertThat(errors(QuestionFiles.replacing("- How would you do this incrementally?\n", "")))
				.containsExactly(PATH + ":62: section '## Follow-ups' is empty");
		}

		@Test
		void anUnknownSection() {
			assertThat(errors(QuestionFiles.replacing("## Sources", "## Reading list")))
				.contains(PATH + ":84: unknown section '## Reading list'; expected one of: Prompt, "
						+ "What the interviewer evaluates, Clarify, Approach, Model answer, Follow-ups, Red flags, "
						+ "Common wrong answers, What a senior answer adds, Version notes, Sources");
		}

		@Test
		void aSectionGivenTwice() {
			assertThat(errors(QuestionFiles.valid() + "\n## Prompt\n\nAgain.\n")).anySatisfy(
					(error) -> assertThat(error).contains("section '## Prompt' appears twice (first on line 22)"));
		}

		@Test
		void aCriterionWithAMissingLevelWithItsLine() {
			assertThat(errors(QuestionFiles.replacing("  - **Lean no**: sees ties only when asked.\n", "")))
				.containsExactly(PATH + ":35: criterion 'Tie handling': level 2 must be labelled 'Lean no', found "
						+ "'Lean yes'");
		}

		@Test
		void aCriterionWithoutAnyLevels() {
			assertThat(errors(QuestionFiles.replacing("  - **Strong no**: does not see that ties can happen.\n"
					+ "  - **Lean no**: sees ties only when asked.\n" + "  - **Lean yes**: adds a tie-breaker column.\n"
					+ "  - **Strong yes**: picks a tie-breaker that is stable across reruns and says why.\n", "")))
				.containsExactly(PATH + ":33: criterion 'Tie handling' has no level descriptions: nest one bullet per "
						+ "rating under it, lowest first: **Strong no**, **Lean no**, **Lean yes**, **Strong yes**");
		}

		@Test
		void anEmptyLevel() {
			assertThat(errors(
					QuestionFiles.replacing("  - **Lean yes**: adds a tie-breaker column.", "  - **Lean yes**:")))
				.containsExactly(PATH + ":36: criterion 'Tie handling': the level 'Lean yes' is empty");
		}

		@Test
		void aRedFlagThatCapsNoCriterionOrNamesNoLevel() {
			RubricTerms terms = new RubricTerms(RubricTerms.DEFAULT.labels(), Map.of("communication", "Communication"));
			assertThat(QuestionFileParserTests.this.parser
				.parse(PATH,
						QuestionFiles.replacing("**At most Lean no on Tie handling**",
								"**At most Lean no on Tie breaking**"),
						terms)
				.problems()).singleElement()
				.asString()
				.startsWith(PATH + ":68: red flag caps 'Tie breaking', which is not a criterion of this question");
			assertThat(QuestionFileParserTests.this.parser
				.parse(PATH,
						QuestionFiles.replacing("**At most Lean no on Tie handling**",
								"**At most Lean no on Communication**"),
						terms)
				.problems()).as("a common criterion may be capped").isEmpty();
			assertThat(errors(QuestionFiles.replacing("**At most Lean no on Tie handling**",
					"**At most Strong yes on Tie handling**")))
				.singleElement()
				.asString()
				.startsWith(PATH + ":68: a red flag starts with '**At most <level> on <criterion>**'");
		}

		@Test
		void aMissingJudgingSectionUnlessTheFileWasImported() {
			String withoutRedFlags = QuestionFiles.valid().replaceAll("(?s)## Red flags.*?(## Common)", "$1");
			assertThat(errors(withoutRedFlags)).singleElement()
				.asString()
				.endsWith("missing required section '## Red flags'");
			QuestionFileParser.Result imported = parse(
					withoutRedFlags.replace("order: 2", "order: 2\nimported-from: prep.md"));
			assertThat(imported.question()).isPresent();
			assertThat(imported.question().get().guide().redFlags()).isEmpty();
			assertThat(imported.problems()).extracting(Object::toString)
				.containsExactly(PATH + ":1: warning: imported without a '## Red flags' section: interviewers and the "
						+ "practice review get none of it until it is added");
		}

		@Test
		void companiesWithoutAReport() {
			assertThat(errors(QuestionFiles.valid().replaceAll("(?m)^reported:.*\n", "")))
				.containsExactly(PATH + ":8: 'companies' needs the 'reported' wording and the 'source' that names "
						+ "them; a question written for practice names no company");
		}

		@Test
		void aCriterionWithoutABoldName() {
			assertThat(errors(QuestionFiles.replacing("- **Tie handling** — breaks", "- Tie handling breaks")))
				.containsExactly(PATH + ":33: item must start with a bold name, like '- **Name**: what it means'");
		}

		@Test
		void aCriterionWithoutMeaning() {
			assertThat(errors(QuestionFiles.replacing(
					"- **Tie handling** — breaks ties when two versions share a timestamp.", "- **Tie handling**")))
				.containsExactly(PATH + ":33: 'Tie handling' has no meaning after its name");
		}

	}

}
