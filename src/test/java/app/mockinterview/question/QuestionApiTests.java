package app.mockinterview.question;

import app.mockinterview.system.DatabaseTest;
import app.mockinterview.system.TestClient;
import app.mockinterview.system.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
@SpringBootTest
@AutoConfigureMockMvc
class QuestionApiTests {

	@Autowired
	MockMvc mvc;

	TestClient client;

	@BeforeEach
	void openClient() {
		this.client = TestClient.mockMvc(this.mvc);
	}

	@Test
	void listsEveryQuestionWithItsSummaryFields() {
		assertThat(this.client.get("/api/questions")).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.length()").isEqualTo(TestFiles.shippedQuestionCount());
			assertThat(json).extractingPath("$[0].id").isEqualTo("spark-inferschema-1tb");
			assertThat(json).extractingPath("$[0].difficulty").isEqualTo("easy");
			assertThat(json).extractingPath("$[0].companies[0]").isEqualTo("Visa");
			assertThat(json).extractingPath("$[0].topics").asArray().contains("Spark");
		});
	}

	@Test
	void acceptsTheBankFilters() {
		assertThat(this.client.get("/api/questions?difficulty=medium&topic=Spark")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].difficulty")
			.asArray()
			.isNotEmpty()
			.containsOnly("medium");
		assertThat(this.client.get("/api/questions?q=skew")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("spark-data-skew-large-joins");
		assertThat(this.client.get("/api/questions?company=Visa")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("spark-inferschema-1tb");
	}

	@Test
	void filtersByAreaAndKindAndExplainsAnUnknownArea() {
		assertThat(this.client.get("/api/questions?area=sql&kind=exercise")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$[*].area").asArray().isNotEmpty().containsOnly("sql");
				assertThat(json).extractingPath("$[*].kind").asArray().containsOnly("exercise");
			});
		assertThat(this.client.get("/api/questions?area=astrology")).hasStatus(400)
			.bodyText()
			.contains("Unknown area 'astrology'");
	}

	@Test
	void returnsEveryCriterionWithItsFourLevelsAndTheJudgingParts() {
		assertThat(this.client.get("/api/questions/kafka-consumer-lag-without-loss")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.area").isEqualTo("streaming");
				assertThat(json).extractingPath("$.kind").isEqualTo("troubleshooting");
				assertThat(json).extractingPath("$.criteria[*].name").asArray().contains("Communication");
				assertThat(json).extractingPath("$.criteria[0].levels").asArray().hasSize(4);
				assertThat(json).extractingPath("$.criteria[-1:].levels[3]")
					.asArray()
					.singleElement()
					.asString()
					.isNotBlank();
				assertThat(json).extractingPath("$.redFlags[0].atMost")
					.asString()
					.isIn("Strong no", "Lean no", "Lean yes");
				assertThat(json).extractingPath("$.redFlags[0].description").asString().isNotBlank();
				assertThat(json).extractingPath("$.wrongAnswers[0].claim").asString().isNotBlank();
				assertThat(json).extractingPath("$.wrongAnswers[0].why").asString().isNotBlank();
				assertThat(json).extractingPath("$.seniorSignals").asArray().isNotEmpty();
			});
	}

	@Test
	void aQuestionWrittenForPracticeHasNoReportedWordingOrSource() {
		assertThat(this.client.get("/api/questions/small-files-problem")).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.reported").isNull();
			assertThat(json).extractingPath("$.source").isNull();
			assertThat(json).extractingPath("$.companies").asArray().isEmpty();
		});
	}

	@Test
	void returnsOneQuestionWithItsPromptButNoAnswer() {
		assertThat(this.client.get("/api/questions/spark-oom-troubleshooting")).hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.title").asString().isNotBlank();
				assertThat(json).extractingPath("$.prompt").asString().isNotBlank();
				assertThat(json).doesNotHavePath("$.modelAnswerHtml");
				assertThat(json).doesNotHavePath("$.followUpsHtml");
			});
	}

	@Test
	void answersAnUnknownIdWith404AndAJsonError() {
		assertThat(this.client.get("/api/questions/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("There is no question with id 'nope'.");
	}

	@Test
	void answersAnUnknownDifficultyWith400() {
		assertThat(this.client.get("/api/questions?difficulty=brutal")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Unknown difficulty 'brutal': use easy, medium or hard.");
	}

}
