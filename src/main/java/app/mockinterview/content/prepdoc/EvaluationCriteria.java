package app.mockinterview.content.prepdoc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.MarkdownLists.Item;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;

/**
 * The rubric criteria of a question from what the interviewer evaluates: one criterion
 * per top-level bullet, written {@code - **Name**: meaning}. A bullet that is plain text
 * becomes a criterion named after its first words.
 */
record EvaluationCriteria(String path, LinkResolver resolver) {

	private static final Pattern BOLD_NAME = Pattern.compile("^\\*\\*(.{1,120}?)\\*\\*\\s*[:.\\p{Pd}]*\\s*(.*)$");

	private static final Pattern SPACED_DASH = Pattern.compile("\\s[\\p{Pd}]\\s");

	String read(Part part, List<ContentProblem> problems) {
		if (part == null) {
			return "";
		}
		String markdown = this.resolver.resolve(part);
		List<Item> parsedItems = MarkdownLists.topLevelItems(markdown.lines().toList());
		List<String> items = parsedItems.stream().map(CriterionLevelLines::withoutLevels).map(Item::joined).toList();
		List<String> levels = parsedItems.stream().map(CriterionLevelLines::levels).toList();
		if (items.isEmpty()) {
			items = markdown.lines().filter((l) -> !l.isBlank()).map(String::strip).toList();
		}
		StringBuilder out = new StringBuilder();
		Set<String> names = new LinkedHashSet<>();
		for (int index = 0; index < items.size(); index++) {
			String item = items.get(index);
			String itemLevels = (index < levels.size()) ? levels.get(index) : "";
			String text = item.replaceAll("\\s+", " ").strip();
			if (text.isEmpty()) {
				continue;
			}
			String name;
			String meaning;
			Matcher bold = BOLD_NAME.matcher(text);
			if (bold.matches()) {
				name = bold.group(1).replaceAll("[:.]$", "").strip();
				meaning = bold.group(2).isBlank() ? name : bold.group(2);
			}
			else {
				meaning = text;
				String plain = InlineMarkdown.stripInline(text);
				int colon = plain.indexOf(": ");
				int paren = plain.indexOf(" (");
				int dash = indexOfDash(plain);
				if (colon > 0 && colon <= 60) {
					name = plain.substring(0, colon);
					meaning = text.substring(Math.min(text.length(), text.indexOf(": ") + 2)).strip();
				}
				else if (paren > 0 && paren <= 60) {
					name = plain.substring(0, paren);
				}
				else if (dash > 0 && dash <= 60) {
					name = plain.substring(0, dash);
				}
				else {
					name = firstWords(plain, 6);
				}
			}
			name = name.replace("*", "").replace("_", " ").replaceAll("\\s+", " ").strip();
			if (name.isEmpty() || meaning.isBlank()) {
				continue;
			}
			String key = name.toLowerCase(Locale.ROOT);
			String unique = name;
			for (int n = 2; names.contains(unique.toLowerCase(Locale.ROOT)); n++) {
				unique = name + " (" + n + ")";
			}
			names.add(unique.toLowerCase(Locale.ROOT));
			if (!unique.equals(name) && !key.isEmpty()) {
				problems.add(ContentProblem.warning(this.path, part.line(),
						"two criteria are both named '" + name + "'; the second is called '" + unique + "'"));
			}
			out.append("- **").append(unique).append("**: ").append(meaning).append('\n').append(itemLevels);
		}
		if (out.isEmpty() && !part.isBlank()) {
			problems.add(ContentProblem.error(this.path, part.line(),
					"'What the interviewer evaluates' needs at least one bullet"));
		}
		return out.toString().strip();
	}

	private static int indexOfDash(String text) {
		Matcher matcher = SPACED_DASH.matcher(text);
		return matcher.find() ? matcher.start() : -1;
	}

	private static String firstWords(String text, int count) {
		String[] words = text.split("\\s+");
		if (words.length <= count) {
			return text.replaceAll("[.,;:]+$", "");
		}
		return String.join(" ", List.of(words).subList(0, count)).replaceAll("[.,;:]+$", "") + "…";
	}

}
