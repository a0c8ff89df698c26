package app.mockinterview.interview.sheet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A change made to a sheet after it was submitted: who, when, and what changed.
 */
@Embeddable
public record SheetAmendment(@Column(name = "amended_at") Instant amendedAt,
		@Column(name = "amended_by") String amendedBy, @Column(name = "changes") String changes) {

}
