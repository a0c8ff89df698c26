package app.mockinterview.interview.sheet;

import app.mockinterview.interview.Interviewer;
import app.mockinterview.interview.RatingsForm;
import app.mockinterview.interview.SheetRating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One interviewer's judgement of one interview: a rating and evidence per criterion, an
 * overall recommendation, feedback meant for the candidate and private notes. Drafts
 * change freely; submitting needs every criterion decided and locks the sheet; a change
 * after that is an amendment, recorded with who, when and what.
 */
@Entity
@Table(name = "scoring_sheet")
class ScoringSheet {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@OneToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "interviewer_id")
	private Interviewer interviewer;

	private Integer overallRating;

	private String feedbackForCandidate = "";

	private String privateNotes = "";

	private Instant submittedAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "sheet_rating", joinColumns = @JoinColumn(name = "sheet_id"))
	@OrderColumn(name = "idx")
	private List<SheetRating> ratings = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "sheet_amendment", joinColumns = @JoinColumn(name = "sheet_id"))
	@OrderBy("amendedAt")
	private List<SheetAmendment> amendments = new ArrayList<>();

	protected ScoringSheet() {
	}

	ScoringSheet(Interviewer interviewer, List<SheetRating> slots, Instant now) {
		this.interviewer = interviewer;
		this.ratings.addAll(slots);
		this.updatedAt = now;
	}

	/** The content of a sheet as a form submits it. */
	record Content(List<SheetRating> ratings, Integer overallRating, String feedbackForCandidate, String privateNotes) {

	}

	/** Saves a draft; on a submitted sheet the change is an amendment. */
	void save(Content content, Instant now) {
		if (isSubmitted()) {
			String changes = describeChanges(content);
			if (changes.isEmpty()) {
				return;
			}
			this.amendments.add(new SheetAmendment(now, this.interviewer.getName(), changes));
		}
		apply(content, now);
	}

	void submit(Content content, Instant now) {
		List<String> undecided = undecided(content);
		if (!undecided.isEmpty()) {
			throw new SheetIncompleteException(undecided, content.overallRating() == null);
		}
		if (content.overallRating() == null) {
			throw new SheetIncompleteException(List.of(), true);
		}
		if (isSubmitted()) {
			save(content, now);
			return;
		}
		apply(content, now);
		this.submittedAt = now;
	}

	private void apply(Content content, Instant now) {
		Map<String, SheetRating> given = content.ratings()
			.stream()
			.collect(Collectors.toMap(SheetRating::slot, Function.identity(), (a, b) -> b));
		List<SheetRating> updated = new ArrayList<>();
		for (SheetRating slot : this.ratings) {
			SheetRating rating = given.get(slot.slot());
			updated.add((rating != null) ? slot.with(rating) : slot);
		}
		this.ratings.clear();
		this.ratings.addAll(updated);
		this.overallRating = content.overallRating();
		this.feedbackForCandidate = Objects.requireNonNullElse(content.feedbackForCandidate(), "");
		this.privateNotes = Objects.requireNonNullElse(content.privateNotes(), "");
		this.updatedAt = now;
	}

	private List<String> undecided(Content content) {
		Map<String, SheetRating> given = content.ratings()
			.stream()
			.collect(Collectors.toMap(SheetRating::slot, Function.identity(), (a, b) -> b));
		return this.ratings.stream()
			.filter((slot) -> given.get(slot.slot()) == null || !given.get(slot.slot()).isDecided())
			.map(SheetRating::criterionName)
			.toList();
	}

	private String describeChanges(Content content) {
		List<String> changes = new ArrayList<>();
		Map<String, SheetRating> given = content.ratings()
			.stream()
			.collect(Collectors.toMap(SheetRating::slot, Function.identity(), (a, b) -> b));
		for (SheetRating slot : this.ratings) {
			SheetRating next = given.get(slot.slot());
			if (next == null) {
				continue;
			}
			if (!Objects.equals(slot.rating(), next.rating()) || slot.notAssessed() != next.notAssessed()) {
				changes.add(slot.criterionName() + ": " + slot.ratingText() + " → " + next.ratingText());
			}
			if (!Objects.equals(slot.evidence(), Objects.requireNonNullElse(next.evidence(), ""))) {
				changes.add(slot.criterionName() + ": evidence edited");
			}
		}
		if (!Objects.equals(this.overallRating, content.overallRating())) {
			changes.add("Overall: " + this.overallRating + " → " + content.overallRating());
		}
		if (!Objects.equals(this.feedbackForCandidate,
				Objects.requireNonNullElse(content.feedbackForCandidate(), ""))) {
			changes.add("Feedback for the candidate edited");
		}
		if (!Objects.equals(this.privateNotes, Objects.requireNonNullElse(content.privateNotes(), ""))) {
			changes.add("Private notes edited");
		}
		return String.join("; ", changes);
	}

	boolean isSubmitted() {
		return this.submittedAt != null;
	}

	Long getId() {
		return this.id;
	}

	Interviewer getInterviewer() {
		return this.interviewer;
	}

	Integer getOverallRating() {
		return this.overallRating;
	}

	String getFeedbackForCandidate() {
		return this.feedbackForCandidate;
	}

	String getPrivateNotes() {
		return this.privateNotes;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	long getVersion() {
		return this.version;
	}

	List<SheetRating> getRatings() {
		return List.copyOf(this.ratings);
	}

	List<SheetAmendment> getAmendments() {
		return List.copyOf(this.amendments);
	}

}
