package app.mockinterview.markdown;

/**
 * Writes SVG markup: elements with attributes whose values are numbers or escaped text,
 * and text content that is always escaped. Nothing a user typed is ever written
 * unescaped.
 */
final class SvgWriter {

	private final StringBuilder out = new StringBuilder(4096);

	/**
	 * Opens the drawing: sized in pixels, scaled down to fit narrow screens by CSS.
	 */
	SvgWriter(double width, double height, String cssClass, String title) {
		this.out.append("<svg class=\"")
			.append(cssClass)
			.append("\" role=\"img\" width=\"")
			.append(number(width))
			.append("\" height=\"")
			.append(number(height))
			.append("\" viewBox=\"0 0 ")
			.append(number(width))
			.append(' ')
			.append(number(height))
			.append("\"><title>");
		Html.escape(title, this.out);
		this.out.append("</title>");
	}

	/** An empty element; attributes as name, value pairs (numbers or strings). */
	SvgWriter element(String name, Object... attributes) {
		start(name, attributes);
		this.out.append("/>");
		return this;
	}

	SvgWriter open(String name, Object... attributes) {
		start(name, attributes);
		this.out.append('>');
		return this;
	}

	SvgWriter close(String name) {
		this.out.append("</").append(name).append('>');
		return this;
	}

	/** A line of text centred on a point. */
	SvgWriter text(double x, double y, String cssClass, String text) {
		open("text", "x", x, "y", y, "class", cssClass, "text-anchor", "middle", "dominant-baseline", "central");
		Html.escape(text, this.out);
		return close("text");
	}

	/** Text lines centred as a block on a point. */
	SvgWriter lines(double x, double y, String cssClass, java.util.List<String> lines) {
		double first = y - (lines.size() - 1) * TextMetrics.LINE_HEIGHT / 2;
		for (int i = 0; i < lines.size(); i++) {
			text(x, first + i * TextMetrics.LINE_HEIGHT, cssClass, lines.get(i));
		}
		return this;
	}

	/** Text starting at a point (left-aligned). */
	SvgWriter textFrom(double x, double y, String cssClass, String text) {
		open("text", "x", x, "y", y, "class", cssClass, "dominant-baseline", "central");
		Html.escape(text, this.out);
		return close("text");
	}

	String finish() {
		return this.out.append("</svg>").toString();
	}

	private void start(String name, Object... attributes) {
		this.out.append('<').append(name);
		for (int i = 0; i + 1 < attributes.length; i += 2) {
			Object value = attributes[i + 1];
			if (value == null) {
				continue;
			}
			this.out.append(' ').append(attributes[i]).append("=\"");
			if (value instanceof Double d) {
				this.out.append(number(d));
			}
			else {
				Html.escape(value.toString(), this.out);
			}
			this.out.append('"');
		}
	}

	/** Points as SVG writes them: {@code "x,y x,y"}. */
	static String points(Iterable<Point> points) {
		StringBuilder text = new StringBuilder();
		for (Point p : points) {
			if (!text.isEmpty()) {
				text.append(' ');
			}
			text.append(number(p.x())).append(',').append(number(p.y()));
		}
		return text.toString();
	}

	/** One decimal at most: enough for screens, and short. */
	static String number(double value) {
		long tenths = Math.round(value * 10);
		long whole = tenths / 10;
		long fraction = Math.abs(tenths % 10);
		String sign = (tenths < 0 && whole == 0) ? "-" : "";
		return (fraction == 0) ? sign + whole : sign + whole + "." + fraction;
	}

}
