package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import app.mockinterview.content.CanonicalQuestion;
import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.LinkResolver.Link;
import app.mockinterview.content.prepdoc.PrepDocumentParser.LinkDefinition;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;
import app.mockinterview.content.prepdoc.PrepDocumentParser.PrepQuestion;
import app.mockinterview.question.Area;
import app.mockinterview.question.Difficulty;

/**
 * Maps one question of a prep document onto the project's content model: the reported
 * wording and its source, rubric criteria from the evaluation bullets, approach, model
 * answer split into parts, follow-ups, the sources it cites, difficulty from its group
 * heading and companies from its title or the reported source. Where there is no Clarify
 * part, the Clarify guidance is derived from a step that starts with "Clarify". Each of
 * these jobs has a class of its own; this one puts their results together.
 */
final class PrepQuestionMapper {

	/** The question, when nothing prevents it, and what was found on the way. */
	record Mapped(Optional<CanonicalQuestion> question, String title, Optional<Difficulty> difficulty,
			List<ContentProblem> problems) {

	}

	private static final List<PartLabel> REQUIRED = List.of(PartLabel.REPORTED, PartLabel.EVALUATES, PartLabel.APPROACH,
			PartLabel.MODEL_ANSWER, PartLabel.FOLLOW_UPS);

	private final String path;

	private final String documentName;

	private final LinkResolver links;

	private final EvaluationCriteria criteria;

	private final ClarifyDeriver clarify;

	private final TopicGuesser topics;

	private final AreaKindGuesser areaKind;

	PrepQuestionMapper(String path, Map<String, LinkDefinition> links, String documentName) {
		this.path = path;
		this.documentName = documentName;
		this.links = new LinkResolver(path, links);
		this.criteria = new EvaluationCriteria(path, this.links);
		this.clarify = new ClarifyDeriver(path, this.links);
		this.topics = new TopicGuesser(path);
		this.areaKind = new AreaKindGuesser(path);
	}

	Mapped map(PrepQuestion prep, int order) {
		List<ContentProblem> problems = new ArrayList<>(prep.problems());
		int line = prep.line();
		QuestionHeading heading = QuestionHeading.read(this.path, prep, problems);
		String title = heading.title();
		Map<PartLabel, Part> parts = prep.parts();
		requireParts(parts, line, problems);

		List<Link> cited = new ArrayList<>();
		ReportedWording reported = ReportedWording.read(this.path, parts.get(PartLabel.REPORTED), this.links, problems);
		for (PartLabel label : PartLabel.values()) {
			Part part = parts.get(label);
			if (part != null) {
				cited.addAll(this.links.links(part.markdown(), part.line(), problems));
			}
		}
		Optional<Link> source = source(reported, cited, parts.get(PartLabel.REPORTED), problems);
		List<String> companies = CompanyGuesser.companies(heading.companies(), reported.attribution());

		String prompt = parts.containsKey(PartLabel.PROMPT) ? this.links.resolve(parts.get(PartLabel.PROMPT))
				: reported.markdown();
		String evaluates = this.criteria.read(parts.get(PartLabel.EVALUATES), problems);
		String approach = this.links.resolve(parts.get(PartLabel.APPROACH));
		String modelAnswer = ModelAnswerParts.split(this.links.resolve(parts.get(PartLabel.MODEL_ANSWER)));
		String followUps = this.links.resolve(parts.get(PartLabel.FOLLOW_UPS));
		String clarify = this.clarify.clarify(prep, problems);
		List<String> topics = this.topics.topics(title + " " + reported.text() + " " + prompt, line, problems);
		PrepJudging judging = new PrepJudging(this.path, this.links::resolve);
		CanonicalQuestion.Judging judged = judging.map(parts, problems);
		Area area = this.areaKind.area(title, topics, line, problems);

		if (problems.stream().anyMatch(ContentProblem::isError)) {
			return new Mapped(Optional.empty(), title, heading.difficulty(), problems);
		}
		Link sourceLink = source.get();
		CanonicalQuestion question = new CanonicalQuestion("pending", title, heading.difficulty().get(), area,
				AreaKindGuesser.kind(title), topics, companies, reported.text(), sourceLink.name(), sourceLink.url(),
				null, order, this.documentName, prompt, evaluates, clarify, approach, modelAnswer, followUps, judged,
				LinkResolver.sourceList(sourceLink, cited), null);
		return new Mapped(Optional.of(question), title, heading.difficulty(), problems);
	}

	private void requireParts(Map<PartLabel, Part> parts, int line, List<ContentProblem> problems) {
		for (PartLabel required : REQUIRED) {
			Part part = parts.get(required);
			if (part == null) {
				problems.add(ContentProblem.error(this.path, line,
						"no '" + required.displayName() + "' part: " + hint(required)));
			}
			else if (part.isBlank()) {
				problems.add(ContentProblem.error(this.path, part.line(),
						"the '" + required.displayName() + "' part is empty"));
			}
		}
	}

	private static String hint(PartLabel label) {
		return switch (label) {
			case REPORTED -> "start it with a bold label such as '**Exact phrasing:**' and quote the question";
			case EVALUATES -> "list what the interviewer evaluates under '**What interviewer evaluates:**'";
			case APPROACH -> "add the steps of a strong answer under '**Answer approach:**'";
			case MODEL_ANSWER -> "add the answer under '**Model answer:**'";
			case FOLLOW_UPS -> "add follow-up questions under '**Key tradeoffs / follow-ups:**'";
			default -> "add it under a bold label";
		};
	}

	/**
	 * The source of the reported wording: the link it cites, else the first link of the
	 * question with a warning; an error when there is none.
	 */
	private Optional<Link> source(ReportedWording reported, List<Link> cited, Part reportedPart,
			List<ContentProblem> problems) {
		Optional<Link> source = reported.links().stream().findFirst();
		if (source.isEmpty() && reportedPart != null) {
			source = cited.stream().findFirst();
			if (source.isPresent()) {
				problems.add(ContentProblem.warning(this.path, reportedPart.line(),
						"the reported wording cites no source; using the first link of the question, "
								+ source.get().url()));
			}
			else {
				problems.add(ContentProblem.error(this.path, reportedPart.line(),
						"the reported wording needs a source link, such as '([Glassdoor][1])' with "
								+ "'[1]: https://...' at the end of the document"));
			}
		}
		return source;
	}

}
