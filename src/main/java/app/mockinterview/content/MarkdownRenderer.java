package app.mockinterview.content;

import java.util.List;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;

/**
 * Parses Markdown with flexmark and renders it to HTML that has passed an allow-list, so
 * that stored HTML is safe to show as it is. Imported content is rendered once, at
 * import; {@link UserMarkdown} renders what users type with its own instance.
 */
final class MarkdownRenderer {

	static final Safelist SAFELIST = baseSafelist();

	/** What imported content may hold; user Markdown adds a little to it. */
	static Safelist baseSafelist() {
		return Safelist.relaxed()
			.addAttributes("code", "class")
			.addAttributes("pre", "class")
			.addAttributes("th", "align")
			.addAttributes("td", "align")
			.addEnforcedAttribute("a", "rel", "noopener noreferrer")
			.removeProtocols("a", "href", "ftp");
	}

	private static final OutputSettings OUTPUT = new OutputSettings().prettyPrint(false);

	private final Parser parser;

	private final HtmlRenderer renderer;

	private final Safelist safelist;

	MarkdownRenderer() {
		this(false);
	}

	MarkdownRenderer(boolean escapeRawHtml) {
		this(escapeRawHtml, null, SAFELIST);
	}

	/**
	 * @param escapeRawHtml show raw HTML as text (for what users type) rather than
	 * dropping it after rendering
	 * @param blocks renders some nodes its own way (code blocks), or null; with it, the
	 * renderer renders whole documents ({@link #render(Document)})
	 * @param safelist what the rendered HTML may hold
	 */
	MarkdownRenderer(boolean escapeRawHtml, NodeRendererFactory blocks, Safelist safelist) {
		MutableDataSet options = new MutableDataSet();
		options.set(HtmlRenderer.ESCAPE_HTML, escapeRawHtml);
		options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
		options.set(HtmlRenderer.SOFT_BREAK, "\n");
		// flexmark renders links only when rendering a whole document unless this is set;
		// we always render parts
		// of a document (one section, one list item), so links would otherwise come out
		// as plain text.
		options.set(HtmlRenderer.DO_NOT_RENDER_LINKS, blocks == null);
		options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
		options.set(HtmlRenderer.RENDER_HEADER_ID, false);
		this.parser = Parser.builder(options).build();
		HtmlRenderer.Builder renderer = HtmlRenderer.builder(options);
		if (blocks != null) {
			renderer.nodeRendererFactory(blocks);
		}
		this.renderer = renderer.build();
		this.safelist = safelist;
	}

	Document parse(String markdown) {
		return this.parser.parse(markdown);
	}

	/**
	 * Renders a whole document as one sanitised HTML fragment: one pass, where rendering
	 * its nodes one by one costs time in proportion to the square of its length.
	 */
	String render(Document document) {
		return Jsoup.clean(this.renderer.render(document), "", this.safelist, OUTPUT).strip();
	}

	/** Renders the given sibling nodes, in order, as one sanitised HTML fragment. */
	String render(List<Node> nodes) {
		StringBuilder html = new StringBuilder();
		for (Node node : nodes) {
			html.append(this.renderer.render(node));
		}
		return Jsoup.clean(html.toString(), "", this.safelist, OUTPUT).strip();
	}

	/**
	 * Renders a short piece of Markdown as inline HTML (without the surrounding
	 * paragraph).
	 */
	String renderInline(String markdown) {
		List<Node> nodes = new java.util.ArrayList<>();
		this.parser.parse(markdown).getChildren().forEach(nodes::add);
		String html = render(nodes);
		if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 1) < 0) {
			html = html.substring(3, html.length() - 4);
		}
		return html;
	}

	static String sanitize(String html) {
		return Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
	}

	static String plainText(String html) {
		return Jsoup.parse(html).text();
	}

}
