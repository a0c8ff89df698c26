package app.mockinterview.interview.sheet;

import app.mockinterview.interview.Interviewer;

import java.util.List;

/**
 * Writes sheets as CSV and as a Markdown summary for pasting into a chat or an
 * applicant-tracking system.
 */
final class SheetExports {

	private SheetExports() {
	}

	static String csv(List<ScoringSheets.ExportSheet> sheets) {
		StringBuilder csv = new StringBuilder(
				"interviewer,candidate,round,question,question_title,criterion,rating,evidence\r\n");
		for (ScoringSheets.ExportSheet sheet : sheets) {
			for (ScoringSheets.ExportRow row : sheet.rows()) {
				line(csv, row.interviewer(), sheet.candidate(), String.valueOf(sheet.round()),
						String.valueOf(row.questionNumber()), row.questionTitle(), row.criterion(), row.rating(),
						row.evidence());
			}
			line(csv, sheet.interviewer(), sheet.candidate(), String.valueOf(sheet.round()), "", "",
					"Overall recommendation", sheet.overall(), sheet.feedbackForCandidate());
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, String... cells) {
		for (int i = 0; i < cells.length; i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells[i]));
		}
		csv.append("\r\n");
	}

	/** Quotes every cell, and defuses cells a spreadsheet would run as a formula. */
	static String cell(String value) {
		String text = (value == null) ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		return "\"" + text.replace("\"", "\"\"") + "\"";
	}

	static String markdownSummary(ScoringSheets.ExportSheet sheet) {
		StringBuilder md = new StringBuilder();
		md.append("## Mock interview: ")
			.append(sheet.candidate())
			.append(" (round ")
			.append(sheet.round())
			.append(")\n\n");
		md.append("Interviewer: ").append(sheet.interviewer()).append(sheet.submitted() ? "" : " (draft)").append("\n");
		md.append("Overall recommendation: **").append(sheet.overall()).append("**\n\n");
		md.append("| Q | Criterion | Rating | Key evidence |\n|---|---|---|---|\n");
		for (ScoringSheets.ExportRow row : sheet.rows()) {
			md.append("| ")
				.append(row.questionNumber())
				.append(" | ")
				.append(escape(row.criterion()))
				.append(" | ")
				.append(escape(row.rating()))
				.append(" | ")
				.append(escape(firstLine(row.evidence())))
				.append(" |\n");
		}
		if (!sheet.feedbackForCandidate().isBlank()) {
			md.append("\n### Takeaways for the candidate\n\n")
				.append(sheet.feedbackForCandidate().strip())
				.append('\n');
		}
		return md.toString();
	}

	private static String firstLine(String text) {
		String line = (text == null) ? "" : text.strip().lines().findFirst().orElse("");
		return (line.length() > 160) ? line.substring(0, 157) + "..." : line;
	}

	private static String escape(String text) {
		return (text == null) ? "" : text.replace("|", "\\|").replace("\n", " ");
	}

}
