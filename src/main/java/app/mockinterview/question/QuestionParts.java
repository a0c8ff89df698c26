package app.mockinterview.question;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The parts of a question that look the same to everyone who sees them, as HTML: the
 * console's interviewer guide (one per stage, which decides the open sections), the
 * scoring sheet's judging guide, each criterion's red flags and rating buttons, and the
 * candidate's prompt. The per-user pages insert them with {@code th:utext}, so Thymeleaf
 * renders only what belongs to the person (notes, timer, ratings, state) on each request.
 * <p>
 * The markup stays in templates ({@code fragments/question-parts.html},
 * {@code fragments/rating.html}); each part is rendered through the template engine the
 * first time a page asks for it and kept with the question's snapshot and the common
 * rubric's (a new snapshot of either, as after an import, renders anew). A change of the
 * bank drops them all.
 */
@Component
public class QuestionParts {

	private static final String PARTS = "fragments/question-parts";

	private static final String RATING = "fragments/rating";

	private final ITemplateEngine templates;

	private final CommonRubric rubric;

	private final int maxQuestions;

	private final Map<String, Rendered> byQuestion = new ConcurrentHashMap<>();

	/** Bumped by every change of the bank; a part rendered before a bump is not kept. */
	private final AtomicLong generation = new AtomicLong();

	QuestionParts(ITemplateEngine templates, CommonRubric rubric,
			@Value("${app.question-cache.max-entries:2000}") int maxQuestions) {
		this.templates = templates;
		this.rubric = rubric;
		this.maxQuestions = maxQuestions;
	}

	/**
	 * The console's interviewer guide of a question at a stage: the judging guide, what
	 * to clarify, the approach, the model answer, the follow-ups and the prompt (the
	 * rubric's level descriptions are in the scoring beside it). Interviewer pages only.
	 */
	public String interviewerGuide(QuestionContent question, Stage stage) {
		return part(question, "guide:" + stage.name(), () -> {
			Context context = new Context();
			context.setVariable("q", new GuideView(question.promptHtml(), question.clarifyHtml(),
					question.approachHtml(), question.modelAnswerHtml(), question.followUpsHtml(), question.guide()));
			context.setVariable("stage", stage);
			return render(PARTS, "interviewerGuide", context);
		});
	}

	/** The scoring sheet's judging guide of a question (empty without one). */
	public String sheetGuide(QuestionContent question) {
		return part(question, "sheet-guide", () -> {
			Context context = new Context();
			context.setVariable("guide", question.guide());
			return render(PARTS, "sheetGuide", context);
		});
	}

	/**
	 * The prompt as the candidate room shows it, rendered from {@link CandidateQuestion}
	 * alone: nothing the interviewer judges by can reach it.
	 */
	public String candidatePrompt(QuestionContent question) {
		return part(question, "candidate-prompt", () -> {
			Context context = new Context();
			context.setVariable("q", CandidateQuestion.of(question));
			return render(PARTS, "candidatePrompt", context);
		});
	}

	/** The red flags that cap one criterion of a question (empty without any). */
	public String redFlags(QuestionContent question, String criterionKey) {
		return part(question, "red-flags:" + criterionKey, () -> {
			Context context = new Context();
			context.setVariable("flags", question.guide().redFlagsFor(criterionKey));
			return render(RATING, "redFlags", context);
		});
	}

	/**
	 * The rating buttons of one criterion of a question: the same buttons as
	 * {@code fragments/rating :: options}, for each form field name and current value.
	 */
	public RatingOptions ratingOptions(QuestionContent question, RubricCriterion criterion, String name,
			String extras) {
		String key = "options:" + ((criterion != null) ? criterion.key() : "") + ":" + name + ":" + extras + ":";
		return (current) -> {
			Renderer renderer = () -> {
				Context context = new Context();
				context.setVariable("name", name);
				context.setVariable("current", current);
				context.setVariable("scale", this.rubric.scale());
				context.setVariable("criterion", criterion);
				context.setVariable("extras", extras);
				return render(RATING, "options", context);
			};
			// A re-rendered form may carry any value: only the values the buttons have
			// are kept.
			return isRatingValue(current) ? part(question, key + current, renderer) : renderer.render();
		};
	}

	private static boolean isRatingValue(String value) {
		return value == null || value.isEmpty() || "na".equals(value)
				|| (value.length() == 1 && Character.isDigit(value.charAt(0)));
	}

	/** The rating buttons of one criterion, by the current value. */
	@FunctionalInterface
	public interface RatingOptions {

		/**
		 * The buttons with {@code current} checked ("1" to "4", "na" or "" as the
		 * fragment takes it).
		 */
		String html(String current);

	}

	@TransactionalEventListener(fallbackExecution = true)
	public void bankChanged(BankChanged event) {
		this.generation.incrementAndGet();
		this.byQuestion.clear();
	}

	private String part(QuestionContent question, String variant, Renderer renderer) {
		Rendered rendered = this.byQuestion.get(question.id());
		long before = this.generation.get();
		// The common rubric's lists are the same objects until the bank changes.
		List<RatingLevel> scale = this.rubric.scale();
		List<RubricCriterion> common = this.rubric.criteria();
		if (rendered == null || rendered.source() != question || rendered.scale() != scale
				|| rendered.common() != common) {
			rendered = new Rendered(question, scale, common, new ConcurrentHashMap<>());
			if (this.byQuestion.size() >= this.maxQuestions) {
				this.byQuestion.clear();
			}
			this.byQuestion.put(question.id(), rendered);
		}
		String html = rendered.parts().get(variant);
		if (html == null) {
			html = renderer.render();
			if (this.generation.get() == before) {
				rendered.parts().put(variant, html);
			}
		}
		return html;
	}

	private String render(String template, String fragment, Context context) {
		return this.templates.process(template, Set.of(fragment), context);
	}

	private interface Renderer {

		String render();

	}

	/**
	 * The parts rendered from one snapshot of a question and of the common rubric, by
	 * variant.
	 */
	private record Rendered(QuestionContent source, List<RatingLevel> scale, List<RubricCriterion> common,
			Map<String, String> parts) {

	}

	/** The question as the interviewer guide shows it. */
	public record GuideView(String promptHtml, String clarifyHtml, String approachHtml, String modelAnswerHtml,
			String followUpsHtml, InterviewerGuide guide) {

	}

}
