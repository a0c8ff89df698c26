package app.mockinterview.interview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import app.mockinterview.question.BankChanged;
import app.mockinterview.question.CommonRubric;
import app.mockinterview.question.QuestionCatalog;
import app.mockinterview.question.QuestionContent;
import app.mockinterview.question.QuestionParts;
import app.mockinterview.question.RubricCriterion;
import app.mockinterview.question.Stage;
import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The question's parts that the per-user pages insert pre-rendered
 * ({@link QuestionParts}): a kept part is the same HTML as the part rendered afresh, for
 * every variant a page asks for (no two variants share a key), a bank change renders
 * anew, and the candidate's part never carries interviewer content. (When the parts were
 * introduced, the four pages were checked byte for byte against the templates from
 * before; that comparison lived with copies of the old templates and was retired once the
 * pages changed on purpose.)
 */
@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class QuestionPartsTests {

	static final String QUESTION = "kafka-consumer-lag-without-loss";

	@Autowired
	MockMvc mvc;

	@Autowired
	QuestionCatalog catalog;

	@Autowired
	CommonRubric rubric;

	@Autowired
	QuestionParts parts;

	TestClient browser;

	String interviewer;

	String candidate;

	@BeforeEach
	void createInterview() {
		this.browser = TestClient.mockMvc(this.mvc);
		String location = this.browser
			.post("/interviews", "interviewerName", "Ines", "candidateName", "Carl", "questions", QUESTION, "questions",
					"")
			.location();
		this.interviewer = location.replace("/interviews/i/", "");
		this.candidate = this.browser.page("/interviews/i/" + this.interviewer)
			.select("#candidate-link")
			.val()
			.replaceAll(".*/", "");
	}

	@Test
	void everyKeptPartIsTheHtmlOfItsOwnVariantRenderedAfresh() {
		QuestionContent question = this.catalog.get(QUESTION);
		Map<String, Supplier<String>> variants = variantsOf(question);
		assertThat(variants).hasSizeGreaterThan(30);
		// Afresh: the kept parts are dropped before each variant is rendered.
		Map<String, String> fresh = new LinkedHashMap<>();
		variants.forEach((name, variant) -> {
			this.parts.bankChanged(new BankChanged());
			fresh.put(name, variant.get());
		});
		// Kept: every variant rendered once into the same store, then read back from it.
		this.parts.bankChanged(new BankChanged());
		variants.values().forEach(Supplier::get);
		variants.forEach((name, variant) -> assertThat(variant.get()).as(name).isEqualTo(fresh.get(name)));
		assertThat(fresh.values()).allSatisfy((html) -> assertThat(html).doesNotContain("th:").doesNotContain("${"));
		assertThat(fresh.get("guide at CLARIFY")).isNotEqualTo(fresh.get("guide at ANSWER"));
	}

	private Map<String, Supplier<String>> variantsOf(QuestionContent question) {
		Map<String, Supplier<String>> variants = new LinkedHashMap<>();
		for (Stage stage : Stage.values()) {
			variants.put("guide at " + stage, () -> this.parts.interviewerGuide(question, stage));
		}
		variants.put("sheet guide", () -> this.parts.sheetGuide(question));
		variants.put("candidate prompt", () -> this.parts.candidatePrompt(question));
		List<RubricCriterion> criteria = this.rubric.rubricFor(question);
		for (int i = 0; i < criteria.size(); i++) {
			RubricCriterion criterion = criteria.get(i);
			String field = "ratings[" + i + "].rating";
			variants.put("red flags of " + criterion.key(), () -> this.parts.redFlags(question, criterion.key()));
			for (String current : List.of("", "1", "2", "3", "4", "na")) {
				variants.put(field + "=" + current,
						() -> this.parts.ratingOptions(question, criterion, field, "sheet").html(current));
			}
		}
		return variants;
	}

	/**
	 * The candidate's pre-rendered prompt holds the prompt and nothing the interviewer
	 * judges by, and so does the room built with it at every stage.
	 */
	@Test
	void theCandidatesPreRenderedPartNeverCarriesInterviewerContent() {
		QuestionContent question = this.catalog.get(QUESTION);
		List<String> interviewerOnly = new ArrayList<>();
		this.rubric.rubricFor(question).forEach((criterion) -> {
			interviewerOnly.add(criterion.meaningHtml());
			interviewerOnly.addAll(criterion.levels());
		});
		interviewerOnly.addAll(List.of(question.clarifyHtml(), question.approachHtml(), question.modelAnswerHtml(),
				question.followUpsHtml(), question.sourcesHtml(), question.guide().versionNotesHtml()));
		question.guide().redFlags().forEach((flag) -> interviewerOnly.add(flag.html()));
		question.guide().wrongAnswers().forEach((wrong) -> interviewerOnly.add(wrong.whyHtml()));
		interviewerOnly.addAll(question.guide().seniorSignalsHtml());
		question.hints().forEach((hint) -> interviewerOnly.add(hint.html()));
		interviewerOnly.removeIf((html) -> html == null || html.isBlank());
		assertThat(interviewerOnly).hasSizeGreaterThan(20);

		String part = this.parts.candidatePrompt(question);
		assertThat(part).contains(question.promptHtml()).contains("<h3>Prompt</h3>");
		assertThat(interviewerOnly).allSatisfy((html) -> assertThat(part).doesNotContain(html));

		this.browser.post("/interviews/i/" + this.interviewer + "/start").expect(302);
		for (String stage : List.of("CLARIFY", "APPROACH", "ANSWER", "REVIEW")) {
			this.browser.post("/interviews/i/" + this.interviewer + "/stage", "target", stage).expect(302);
			String room = page("/interviews/c/" + this.candidate);
			assertThat(room).as("room at " + stage).contains(question.promptHtml());
			assertThat(interviewerOnly).allSatisfy((html) -> assertThat(room).doesNotContain(html));
		}
	}

	private String page(String path) {
		return this.browser.get(path).expect(200).body();
	}

}
