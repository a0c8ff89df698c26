package app.mockinterview.content;

import app.mockinterview.markdown.DiagramBudget;
import com.vladsch.flexmark.util.ast.Document;

/**
 * Renders Markdown that a user typed (practice and interview notes) to HTML that is safe
 * to show: raw HTML is shown as text, code blocks in SQL, Python, Scala and Java are
 * highlighted, {@code mermaid} blocks are drawn as diagrams (by
 * {@code app.mockinterview.markdown}), and the result passes an allow-list (the one of
 * imported content, plus exactly the classes and SVG parts we draw: no script, no event
 * handlers, no {@code javascript:} links). A text is rendered once: the HTML of the texts
 * rendered last is kept (up to about 4 MB of text and HTML), because the same notes are
 * shown on every console and room page and every live refresh until they change.
 */
public final class UserMarkdown {

	private static final MarkdownRenderer RENDERER = new MarkdownRenderer(true, UserCodeBlocks.FACTORY,
			new UserSafelist());

	private static final RenderCache RENDERED = new RenderCache(2_000_000);

	private UserMarkdown() {
	}

	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return RENDERED.get(markdown, UserMarkdown::render);
	}

	private static String render(String markdown) {
		Document document = RENDERER.parse(markdown);
		document.set(UserCodeBlocks.BUDGET, new DiagramBudget());
		return RENDERER.render(document);
	}

}
