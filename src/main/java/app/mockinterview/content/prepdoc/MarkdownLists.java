package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits the Markdown lists of a prep-document part into their top-level items, with the
 * line helpers the parts written as lists share.
 */
final class MarkdownLists {

	/** A list item: indentation, marker, the space after it and the item's text. */
	static final Pattern LIST_ITEM = Pattern.compile("^( {0,3})([-*+]|\\d{1,4}[.)])([ \\t]+|$)(.*)$");

	private MarkdownLists() {
	}

	/**
	 * A top-level list item: the text after its marker and its further lines, with the
	 * item's indentation removed.
	 */
	record Item(String first, List<String> rest) {

		String joined() {
			StringBuilder text = new StringBuilder(this.first);
			for (String line : this.rest) {
				if (!line.isBlank()) {
					text.append(' ').append(line.strip());
				}
			}
			return text.toString();
		}

	}

	/**
	 * The top-level list items: a line is a new item when its marker is indented less
	 * than the content of the item before it.
	 */
	static List<Item> topLevelItems(List<String> lines) {
		List<Item> items = new ArrayList<>();
		String first = null;
		List<String> rest = new ArrayList<>();
		int contentIndent = 0;
		for (String line : lines) {
			Matcher matcher = LIST_ITEM.matcher(line);
			boolean newItem = matcher.matches() && (first == null || matcher.group(1).length() < contentIndent);
			if (newItem) {
				if (first != null) {
					items.add(new Item(first, List.copyOf(rest)));
				}
				first = matcher.group(4);
				rest.clear();
				contentIndent = Math.max(matcher.end(3), matcher.group(1).length() + 2);
			}
			else if (first != null && (line.isBlank() || Character.isWhitespace(line.charAt(0)))) {
				rest.add(dedent(line, contentIndent));
			}
			else if (first != null) {
				items.add(new Item(first, List.copyOf(rest)));
				first = null;
				rest.clear();
			}
		}
		if (first != null) {
			items.add(new Item(first, List.copyOf(rest)));
		}
		return items;
	}

	/** The line without up to {@code indent} leading spaces. */
	static String dedent(String line, int indent) {
		int remove = 0;
		while (remove < indent && remove < line.length() && line.charAt(remove) == ' ') {
			remove++;
		}
		return line.substring(remove);
	}

	/** Whether the line opens or closes a fenced code block. */
	static boolean isFence(String line) {
		String stripped = line.strip();
		return stripped.startsWith("```") || stripped.startsWith("~~~");
	}

	/** The text with every run of blank lines folded into one. */
	static String collapseBlankLines(String text) {
		return text.replaceAll("\n[ \t]*(\n[ \t]*)+\n", "\n\n");
	}

}
