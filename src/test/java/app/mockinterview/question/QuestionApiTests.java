package app.mockinterview.question;

import app.mockinterview.system.TestFiles;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@AutoConfigureMockMvc
class QuestionApiTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void listsEveryQuestionWithItsSummaryFields() {
		assertThat(this.mvc.get().uri("/api/questions")).hasStatusOk().bodyJson().satisfies((json) -> {
			assertThat(json).extractingPath("$.length()").isEqualTo(TestFiles.shippedQuestionCount());
			assertThat(json).extractingPath("$[0].id").isEqualTo("spark-inferschema-1tb");
			assertThat(json).extractingPath("$[0].difficulty").isEqualTo("easy");
			assertThat(json).extractingPath("$[0].companies[0]").isEqualTo("Visa");
			assertThat(json).extractingPath("$[0].topics").asArray().contains("Spark");
		});
	}

	@Test
	void acceptsTheBankFilters() {
		assertThat(this.mvc.get().uri("/api/questions?difficulty=medium&topic=Spark")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].difficulty")
			.asArray()
			.isNotEmpty()
			.containsOnly("medium");
		assertThat(this.mvc.get().uri("/api/questions?q=skew")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("spark-data-skew-large-joins");
		assertThat(this.mvc.get().uri("/api/questions?company=Visa")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("spark-inferschema-1tb");
	}

	@Test
	void returnsOneQuestionWithItsPromptButNoAnswer() {
		assertThat(this.mvc.get().uri("/api/questions/spark-oom-troubleshooting")).hasStatusOk()
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
		assertThat(this.mvc.get().uri("/api/questions/nope")).hasStatus(HttpStatus.NOT_FOUND)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("There is no question with id 'nope'.");
	}

	@Test
	void answersAnUnknownDifficultyWith400() {
		assertThat(this.mvc.get().uri("/api/questions?difficulty=brutal")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.isEqualTo("Unknown difficulty 'brutal': use easy, medium or hard.");
	}

}
