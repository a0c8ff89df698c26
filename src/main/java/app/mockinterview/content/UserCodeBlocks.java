package app.mockinterview.content;

import java.util.Locale;
import java.util.Set;

import app.mockinterview.markdown.CodeHighlighter;
import app.mockinterview.markdown.DiagramBudget;
import app.mockinterview.markdown.Diagrams;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;

/**
 * Renders the fenced code blocks of user Markdown: {@code mermaid} blocks as diagrams,
 * SQL, Python, Scala and Java highlighted, any other as flexmark renders it. What comes
 * out still passes the sanitiser.
 */
final class UserCodeBlocks implements NodeRenderer {

	static final com.vladsch.flexmark.html.renderer.NodeRendererFactory FACTORY = UserCodeBlocks::new;

	/** The diagrams a document may still draw: set on each parsed document. */
	static final DataKey<DiagramBudget> BUDGET = new DataKey<>("USER_DIAGRAM_BUDGET", new DiagramBudget());

	UserCodeBlocks(DataHolder options) {
	}

	@Override
	public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
		return Set.of(new NodeRenderingHandler<>(FencedCodeBlock.class, this::render));
	}

	private void render(FencedCodeBlock block, NodeRendererContext context, HtmlWriter html) {
		String info = block.getInfo().toString().strip();
		String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
		String code = block.getContentChars().normalizeEOL();
		if (language.equals("mermaid")) {
			html.raw(Diagrams.toHtml(code, BUDGET.get(context.getDocument())));
		}
		else if (CodeHighlighter.supports(language)) {
			html.raw("<pre><code class=\"language-" + CodeHighlighter.canonicalName(language).orElseThrow() + "\">"
					+ CodeHighlighter.toHtml(language, code) + "</code></pre>\n");
		}
		else {
			context.delegateRender();
		}
	}

}
