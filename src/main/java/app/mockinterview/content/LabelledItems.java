package app.mockinterview.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;

/**
 * Reads list items written as {@code - **Name**: meaning}, the form of rubric criteria
 * and rating levels.
 */
final class LabelledItems {

	/**
	 * @param nested the labelled items of a list nested in this one (a criterion's level
	 * descriptions), empty when there is none
	 */
	record Item(String name, String meaningHtml, int line, List<Item> nested) {

	}

	private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[:.]$");

	private static final Pattern LEADING_SEPARATOR = Pattern.compile("^[:\\u2013\\u2014-]+");

	private LabelledItems() {
	}

	static List<Item> read(String path, MarkdownSections.Section section, MarkdownSections sections,
			MarkdownRenderer markdown, List<ContentProblem> problems) {
		List<Item> items = new ArrayList<>();
		boolean sawList = false;
		for (Node node : section.nodes()) {
			if (!(node instanceof ListBlock list)) {
				continue;
			}
			sawList = true;
			for (Node child : list.getChildren()) {
				if (child instanceof ListItem item) {
					readItem(path, item, sections, markdown, problems).ifPresent(items::add);
				}
			}
		}
		if (!sawList) {
			problems.add(ContentProblem.error(path, section.line(), "section '## " + section.name()
					+ "' must be a list of items written as '- **Name**: what it means'"));
		}
		return items;
	}

	private static java.util.Optional<Item> readItem(String path, ListItem item, MarkdownSections sections,
			MarkdownRenderer markdown, List<ContentProblem> problems) {
		return readItem(path, item, sections, markdown, problems, false);
	}

	/**
	 * @param nestedLevel whether the item is nested under another; its empty meaning is
	 * left for the reader of the nested list to report
	 */
	private static java.util.Optional<Item> readItem(String path, ListItem item, MarkdownSections sections,
			MarkdownRenderer markdown, List<ContentProblem> problems, boolean nestedLevel) {
		int line = sections.lineOf(item);
		Node first = item.getFirstChild();
		StrongEmphasis strong = (first instanceof Paragraph paragraph
				&& paragraph.getFirstChild() instanceof StrongEmphasis s) ? s : null;
		if (strong == null) {
			problems.add(ContentProblem.error(path, line,
					"item must start with a bold name, like '- **Name**: what it means'"));
			return java.util.Optional.empty();
		}
		String name = TRAILING_PUNCTUATION.matcher(new TextCollectingVisitor().collectAndGetText(strong).strip())
			.replaceAll("")
			.strip();
		Node nestedList = null;
		for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
			if (child instanceof ListBlock) {
				nestedList = child;
				break;
			}
		}
		int end = (nestedList != null) ? nestedList.getStartOffset() : item.getEndOffset();
		String rest = item.getChars()
			.subSequence(strong.getEndOffset() - item.getStartOffset(), end - item.getStartOffset())
			.toString();
		String meaning = LEADING_SEPARATOR.matcher(rest.strip()).replaceFirst("").strip();
		if (name.isEmpty()) {
			problems.add(ContentProblem.error(path, line, "item has an empty bold name"));
			return java.util.Optional.empty();
		}
		if (meaning.isEmpty() && nestedLevel) {
			// null, not "": an empty level, as opposed to one whose markup was removed
			return java.util.Optional.of(new Item(name, null, line, List.of()));
		}
		if (meaning.isEmpty()) {
			problems.add(ContentProblem.error(path, line, "'" + name + "' has no meaning after its name"));
			return java.util.Optional.empty();
		}
		List<Item> nested = new ArrayList<>();
		if (nestedList != null) {
			for (Node child : nestedList.getChildren()) {
				if (child instanceof ListItem nestedItem) {
					readItem(path, nestedItem, sections, markdown, problems, true).ifPresent(nested::add);
				}
			}
		}
		return java.util.Optional.of(new Item(name, markdown.renderInline(meaning), line, List.copyOf(nested)));
	}

}
