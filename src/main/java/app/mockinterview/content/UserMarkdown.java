package app.mockinterview.content;

import java.util.ArrayList;
import java.util.List;

import com.vladsch.flexmark.util.ast.Node;

/**
 * Renders Markdown that a user typed (practice notes) to HTML that is safe to show: raw
 * HTML is shown as text, and the result passes the same allow-list as imported content
 * (no script, no event handlers, no {@code javascript:} links).
 */
public final class UserMarkdown {

	private static final MarkdownRenderer RENDERER = new MarkdownRenderer(true);

	private UserMarkdown() {
	}

	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		List<Node> nodes = new ArrayList<>();
		RENDERER.parse(markdown).getChildren().forEach(nodes::add);
		return RENDERER.render(nodes);
	}

}
