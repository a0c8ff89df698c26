package app.mockinterview.question;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

/**
 * A question of the bank, as imported from its Markdown file. Every Markdown part is
 * stored as HTML rendered once at import. A question is never deleted: when its file
 * disappears it is retired (hidden from the bank) so that attempts and interviews that
 * refer to it stay intact.
 */
@Entity
@Table(name = "question")
public class Question {

	@Id
	private String id;

	private String title;

	@Enumerated(EnumType.STRING)
	private Difficulty difficulty;

	/**
	 * The difficulty's place in the bank's order (easy first): the first column of the
	 * index the bank is read in.
	 */
	private int difficultyRank;

	@Enumerated(EnumType.STRING)
	private Area area;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	@ElementCollection
	@CollectionTable(name = "question_topic", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	@Column(name = "topic")
	@BatchSize(size = 100)
	private List<String> topics = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "question_company", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	@Column(name = "company")
	@BatchSize(size = 100)
	private List<String> companies = new ArrayList<>();

	private String reported;

	private String sourceName;

	private String sourceUrl;

	@Embedded
	private StageMinutes minutes;

	private int sortOrder;

	private String promptHtml;

	/** Lower-cased title and prompt text, searched by the bank. */
	private String searchText;

	private String clarifyHtml;

	private String approachHtml;

	private String modelAnswerHtml;

	private String followUpsHtml;

	private String sourcesHtml;

	@ElementCollection
	@CollectionTable(name = "question_criterion", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<RubricCriterion> criteria = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "question_hint", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<Hint> hints = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "question_red_flag", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<RedFlag> redFlags = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "question_wrong_answer", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<WrongAnswer> wrongAnswers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "question_senior_signal", joinColumns = @JoinColumn(name = "question_id"))
	@OrderColumn(name = "position")
	@Column(name = "html")
	@BatchSize(size = 100)
	private List<String> seniorSignals = new ArrayList<>();

	private String versionNotesHtml;

	private String sourcePath;

	private String contentHash;

	private boolean active;

	private Instant importedAt;

	private Instant updatedAt;

	protected Question() {
	}

	public Question(String id) {
		this.id = id;
	}

	/**
	 * Replaces everything the content file defines and marks the question active.
	 */
	public void updateFrom(QuestionContent content, String sourcePath, String contentHash, Instant now) {
		this.title = content.title();
		this.difficulty = content.difficulty();
		this.difficultyRank = content.difficulty().rank();
		this.area = content.area();
		this.kind = content.kind();
		this.topics.clear();
		this.topics.addAll(content.topics());
		this.companies.clear();
		this.companies.addAll(content.companies());
		this.reported = content.reported();
		this.sourceName = content.sourceName();
		this.sourceUrl = content.sourceUrl();
		this.minutes = content.minutes();
		this.sortOrder = content.order();
		this.promptHtml = content.promptHtml();
		this.searchText = content.searchText();
		this.clarifyHtml = content.clarifyHtml();
		this.approachHtml = content.approachHtml();
		this.modelAnswerHtml = content.modelAnswerHtml();
		this.followUpsHtml = content.followUpsHtml();
		this.sourcesHtml = content.sourcesHtml();
		this.criteria.clear();
		this.criteria.addAll(content.criteria());
		this.hints.clear();
		this.hints.addAll(content.hints());
		this.redFlags.clear();
		this.redFlags.addAll(content.guide().redFlags());
		this.wrongAnswers.clear();
		this.wrongAnswers.addAll(content.guide().wrongAnswers());
		this.seniorSignals.clear();
		this.seniorSignals.addAll(content.guide().seniorSignalsHtml());
		this.versionNotesHtml = content.guide().versionNotesHtml();
		this.sourcePath = sourcePath;
		this.contentHash = contentHash;
		this.active = true;
		if (this.importedAt == null) {
			this.importedAt = now;
		}
		this.updatedAt = now;
	}

	/** An immutable copy of what the content file defined, for pages to keep. */
	public QuestionContent toContent() {
		return new QuestionContent(this.id, this.title, this.difficulty, this.area, this.kind, List.copyOf(this.topics),
				List.copyOf(this.companies), this.reported, this.sourceName, this.sourceUrl, this.minutes,
				this.sortOrder, this.promptHtml, this.searchText, List.copyOf(this.criteria), this.clarifyHtml,
				this.approachHtml, this.modelAnswerHtml, this.followUpsHtml, this.sourcesHtml, List.copyOf(this.hints),
				guide());
	}

	/**
	 * The red flags, wrong answers, senior signals and version notes: interviewer
	 * content.
	 */
	public InterviewerGuide guide() {
		return new InterviewerGuide(this.redFlags, this.wrongAnswers, this.seniorSignals, this.versionNotesHtml);
	}

	public void retire(Instant now) {
		this.active = false;
		this.updatedAt = now;
	}

	public List<Hint> hintsFor(Stage stage) {
		return this.hints.stream().filter((hint) -> hint.stage() == stage).toList();
	}

	public String getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public Difficulty getDifficulty() {
		return this.difficulty;
	}

	public Area getArea() {
		return this.area;
	}

	public QuestionKind getKind() {
		return this.kind;
	}

	public List<String> getTopics() {
		return List.copyOf(this.topics);
	}

	public List<String> getCompanies() {
		return List.copyOf(this.companies);
	}

	public String getReported() {
		return this.reported;
	}

	public String getSourceName() {
		return this.sourceName;
	}

	public String getSourceUrl() {
		return this.sourceUrl;
	}

	public StageMinutes getMinutes() {
		return this.minutes;
	}

	public int getSortOrder() {
		return this.sortOrder;
	}

	public String getPromptHtml() {
		return this.promptHtml;
	}

	public String getClarifyHtml() {
		return this.clarifyHtml;
	}

	public String getApproachHtml() {
		return this.approachHtml;
	}

	public String getModelAnswerHtml() {
		return this.modelAnswerHtml;
	}

	public String getFollowUpsHtml() {
		return this.followUpsHtml;
	}

	public String getSourcesHtml() {
		return this.sourcesHtml;
	}

	public List<RubricCriterion> getCriteria() {
		return List.copyOf(this.criteria);
	}

	public String getSourcePath() {
		return this.sourcePath;
	}

	public String getContentHash() {
		return this.contentHash;
	}

	public boolean isActive() {
		return this.active;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

}
