package app.mockinterview.content;

import app.mockinterview.markdown.DiagramBudget;
import com.vladsch.flexmark.util.ast.Document;

/**
 * Renders Markdown that a user typed (practice and interview notes) to HTML that is safe
 * to show: raw HTML is shown as text, code blocks in SQL, Python, Scala and Java are
 * highlighted, {@code mermaid} blocks are drawn as diagrams (by
 * {@code app.mockinterview.markdown}), and the result passes an allow-list (the one of
 * imported content, plus exactly the classes and SVG parts we draw: no script, no event
 * handlers, no {@code javascript:} links).
 */
public final class UserMarkdown {

	private static final MarkdownRenderer RENDERER = new MarkdownRenderer(true, UserCodeBlocks.FACTORY,
			new UserSafelist());

	private UserMarkdown() {
	}

	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		Document document = RENDERER.parse(markdown);
		document.set(UserCodeBlocks.BUDGET, new DiagramBudget());
		return RENDERER.render(document);
	}

}
