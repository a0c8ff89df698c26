package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a model answer written as numbered steps that each open with a bold title into
 * one {@code ###} part per step (the Answer stage offers their titles as hints), and so
 * does a paragraph after them that opens with a bold title ("**Why this works:** ...").
 * Anything else is kept as it is.
 */
final class ModelAnswerParts {

	private static final Pattern BOLD_LEAD = Pattern.compile("^\\*\\*(.{1,200}?)\\*\\*\\s*:?\\s*(.*)$");

	private ModelAnswerParts() {
	}

	/** The model answer's Markdown (citations already resolved), split into parts. */
	static String split(String markdown) {
		List<String> lines = markdown.lines().toList();
		List<Integer> itemIndents = topLevelNumberedItems(lines);
		if (itemIndents == null) {
			return MarkdownLists.collapseBlankLines(String.join("\n", lines)).strip();
		}
		StringBuilder out = new StringBuilder();
		boolean inFence = false;
		int indent = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			boolean fenceLine = MarkdownLists.isFence(line);
			if (!inFence && itemIndents.get(i) >= 0) {
				indent = itemIndents.get(i);
				Matcher item = MarkdownLists.LIST_ITEM.matcher(line);
				item.matches();
				appendPart(out, item.group(4));
			}
			else if (!inFence && !line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
				indent = 0;
				if (BOLD_LEAD.matcher(line).matches()) {
					appendPart(out, line);
				}
				else {
					out.append(line).append('\n');
				}
			}
			else {
				out.append(MarkdownLists.dedent(line, indent)).append('\n');
			}
			if (fenceLine) {
				inFence = !inFence;
			}
		}
		return MarkdownLists.collapseBlankLines(out.toString()).strip();
	}

	private static void appendPart(StringBuilder out, String boldLead) {
		Matcher title = BOLD_LEAD.matcher(boldLead);
		title.matches();
		out.append("\n### ").append(partTitle(title.group(1))).append("\n\n");
		if (!title.group(2).isBlank()) {
			out.append(title.group(2)).append('\n');
		}
	}

	/**
	 * For each line, the content indentation of the top-level numbered item it starts, or
	 * -1; {@code null} when the answer is not a list of numbered steps that all open with
	 * a bold title.
	 */
	private static List<Integer> topLevelNumberedItems(List<String> lines) {
		List<Integer> indents = new ArrayList<>();
		boolean inFence = false;
		int contentIndent = -1;
		boolean any = false;
		for (String line : lines) {
			int result = -1;
			if (inFence) {
				inFence = !MarkdownLists.isFence(line);
			}
			else if (MarkdownLists.isFence(line)) {
				inFence = true;
			}
			else {
				Matcher item = MarkdownLists.LIST_ITEM.matcher(line);
				if (item.matches() && (contentIndent < 0 || item.group(1).length() < contentIndent)) {
					if (!item.group(2).matches("\\d+[.)]") || !BOLD_LEAD.matcher(item.group(4)).matches()) {
						return null;
					}
					contentIndent = Math.max(item.end(3), item.group(1).length() + 2);
					result = contentIndent;
					any = true;
				}
				else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
					contentIndent = -1;
				}
			}
			indents.add(result);
		}
		return any ? indents : null;
	}

	private static String partTitle(String bold) {
		String title = bold.replaceAll("[:.]\\s*$", "").replace("*", "").strip();
		return title.isEmpty() ? "Part" : title;
	}

}
