package app.mockinterview.content;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * What user Markdown may hold once rendered: the allow-list of imported content, plus
 * highlighted code (spans with exactly our token classes) and the diagrams we draw
 * (figure, details, and a fixed set of SVG elements with geometry attributes that must be
 * numbers or path data). Class names are checked value by value, so nothing else can
 * borrow the page's styles.
 */
final class UserSafelist extends Safelist {

	private static final Map<String, Set<String>> CLASSES = Map.ofEntries(
			Map.entry("span", Set.of("tok-kw", "tok-str", "tok-num", "tok-com", "tok-fn")),
			Map.entry("figure", Set.of("diagram-figure")), Map.entry("details", Set.of("diagram-source")),
			Map.entry("div", Set.of("diagram-failed")), Map.entry("p", Set.of("diagram-reason")),
			Map.entry("svg", Set.of("diagram", "diagram--flowchart", "diagram--sequence")),
			Map.entry("rect", Set.of("dg-node", "dg-actor", "dg-group", "dg-edge-label-bg", "dg-note", "dg-frame")),
			Map.entry("ellipse", Set.of("dg-node")), Map.entry("polygon", Set.of("dg-node", "dg-arrow")),
			Map.entry("path", Set.of("dg-node", "dg-node-line", "dg-cross")),
			Map.entry("line", Set.of("dg-node-line", "dg-lifeline", "dg-frame-divider")),
			Map.entry("polyline",
					Set.of("dg-edge", "dg-edge--solid", "dg-edge--dotted", "dg-edge--thick", "dg-message",
							"dg-message--dashed")),
			Map.entry("text",
					Set.of("dg-label", "dg-edge-label", "dg-group-title", "dg-frame-label", "dg-message-text")));

	private static final Pattern LANGUAGE = Pattern.compile("language-[a-z0-9_+#-]{1,30}");

	/** Numbers, lists of them, and SVG path data: no letters but path commands. */
	private static final Pattern GEOMETRY = Pattern.compile("[0-9eE.,\\s\\-MmLlHhVvAaZz]{0,100000}");

	private static final Set<String> GEOMETRY_ATTRIBUTES = Set.of("x", "y", "width", "height", "rx", "ry", "cx", "cy",
			"x1", "y1", "x2", "y2", "points", "d", "viewbox");

	private static final Map<String, Set<String>> FIXED_VALUES = Map.of("role", Set.of("img"), "text-anchor",
			Set.of("middle"), "dominant-baseline", Set.of("central"));

	UserSafelist() {
		super(MarkdownRenderer.baseSafelist());
		addTags("figure", "details", "summary", "svg", "title", "rect", "ellipse", "polygon", "polyline", "path",
				"line", "text");
		addAttributes("span", "class");
		addAttributes("figure", "class");
		addAttributes("details", "class");
		addAttributes("div", "class");
		addAttributes("p", "class");
		addAttributes("svg", "class", "role", "width", "height", "viewBox");
		addAttributes("rect", "class", "x", "y", "width", "height", "rx");
		addAttributes("ellipse", "class", "cx", "cy", "rx", "ry");
		addAttributes("polygon", "class", "points");
		addAttributes("polyline", "class", "points");
		addAttributes("path", "class", "d");
		addAttributes("line", "class", "x1", "y1", "x2", "y2");
		addAttributes("text", "class", "x", "y", "text-anchor", "dominant-baseline");
	}

	@Override
	public boolean isSafeAttribute(String tagName, Element element, Attribute attribute) {
		if (!super.isSafeAttribute(tagName, element, attribute)) {
			return false;
		}
		String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
		String value = attribute.getValue();
		if (name.equals("class")) {
			return classAllowed(tagName, value);
		}
		if (GEOMETRY_ATTRIBUTES.contains(name) && !tagName.equals("img") && !tagName.equals("td")
				&& !tagName.equals("th") && !tagName.equals("col") && !tagName.equals("colgroup")) {
			return GEOMETRY.matcher(value).matches();
		}
		Set<String> fixed = FIXED_VALUES.get(name);
		return fixed == null || fixed.contains(value);
	}

	private static boolean classAllowed(String tagName, String value) {
		if (tagName.equals("code")) {
			return LANGUAGE.matcher(value).matches();
		}
		Set<String> allowed = CLASSES.get(tagName);
		if (allowed == null) {
			return false;
		}
		for (String token : value.trim().split("\\s+")) {
			if (!allowed.contains(token)) {
				return false;
			}
		}
		return true;
	}

}
