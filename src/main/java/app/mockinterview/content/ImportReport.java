package app.mockinterview.content;

import java.time.Duration;
import java.util.List;

/**
 * What one content import did.
 */
public record ImportReport(int imported, int updated, int unchanged, int retired, int invalid, boolean rubricChanged,
		List<ContentProblem> problems, Duration took) {

	public long errorCount() {
		return this.problems.stream().filter(ContentProblem::isError).count();
	}

	/** This report with the time the import took, commit included. */
	ImportReport took(Duration took) {
		return new ImportReport(this.imported, this.updated, this.unchanged, this.retired, this.invalid,
				this.rubricChanged, this.problems, took);
	}

	/** The one line that ends the import in the log. */
	public String summary() {
		return "Content import: %d imported, %d updated, %d unchanged, %d retired, %d invalid (rubric %s; %d problems) in %d ms"
			.formatted(this.imported, this.updated, this.unchanged, this.retired, this.invalid,
					this.rubricChanged ? "updated" : "unchanged", this.problems.size(), this.took.toMillis());
	}

}
