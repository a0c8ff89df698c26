package app.mockinterview.content.prepdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.mockinterview.content.ContentProblem;
import app.mockinterview.content.prepdoc.MarkdownLists.Item;
import app.mockinterview.content.prepdoc.PrepDocumentParser.Part;
import app.mockinterview.content.prepdoc.PrepDocumentParser.PrepQuestion;

/**
 * The Clarify guidance of a question: its Clarify part if there is one; otherwise the
 * step of the model answer (or of the approach) that starts with "Clarify", one bullet
 * per question it asks.
 */
record ClarifyDeriver(String path, LinkResolver resolver) {

	String clarify(PrepQuestion prep, List<ContentProblem> problems) {
		Part explicit = prep.parts().get(PartLabel.CLARIFY);
		if (explicit != null && !explicit.isBlank()) {
			return this.resolver.resolve(explicit);
		}
		for (PartLabel source : List.of(PartLabel.MODEL_ANSWER, PartLabel.APPROACH)) {
			Part part = prep.parts().get(source);
			if (part == null) {
				continue;
			}
			for (Item item : MarkdownLists.topLevelItems(this.resolver.resolve(part).lines().toList())) {
				String plain = item.first().replaceAll("\\*\\*", "").strip();
				String bullets = plain.toLowerCase(Locale.ROOT).startsWith("clarify") ? clarifyBullets(item) : "";
				if (!bullets.isBlank()) {
					problems.add(ContentProblem.warning(this.path, part.line(),
							"no Clarify part: the Clarify guidance is taken from the "
									+ source.displayName().toLowerCase(Locale.ROOT)
									+ " step that starts with 'Clarify'"));
					return bullets;
				}
			}
		}
		problems.add(ContentProblem.warning(this.path, prep.line(),
				"no Clarify part and no step starting with 'Clarify': the Clarify stage will offer no guidance"));
		return "";
	}

	/**
	 * One bullet per question the step asks, then its nested lines as they are.
	 */
	private static String clarifyBullets(Item item) {
		String text = item.first().replaceFirst("^\\*\\*[^*]{0,200}\\*\\*\\s*:?\\s*", "");
		List<String> bullets = new ArrayList<>();
		for (String piece : text.split("(?<=\\?)\\s+|\\s+[\\p{Pd}]\\s+")) {
			String bullet = piece.strip().replaceAll("^[\\p{Pd}:;,]+\\s*", "");
			if (!bullet.isEmpty()) {
				bullets.add("- " + Character.toUpperCase(bullet.charAt(0)) + bullet.substring(1));
			}
		}
		String nested = MarkdownLists.collapseBlankLines(String.join("\n", item.rest())).strip();
		if (!nested.isEmpty()) {
			bullets.add((bullets.isEmpty() ? "" : "\n") + nested);
		}
		return String.join("\n", bullets);
	}

}
