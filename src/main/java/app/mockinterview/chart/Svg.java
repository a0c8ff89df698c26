package app.mockinterview.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Writing numbers and shapes for SVG attributes: coordinates with at most one decimal and
 * a dot whatever the locale, paths through points, and the marker shapes that tell series
 * apart without colour.
 */
public final class Svg {

	private Svg() {
	}

	/** A coordinate as an attribute value: "12", "12.5", "-3". */
	public static String number(double value) {
		BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
		return (rounded.signum() == 0) ? "0" : rounded.toPlainString();
	}

	/** A coordinate rounded to a tenth, as charts keep them. */
	public static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/** A path joining the points with straight lines, or "" for none. */
	public static String line(List<double[]> points) {
		StringBuilder path = new StringBuilder();
		for (double[] point : points) {
			path.append(path.isEmpty() ? "M" : " L").append(number(point[0])).append(' ').append(number(point[1]));
		}
		return path.toString();
	}

	/** Text cut to a length with an ellipsis, so a long name cannot run off the chart. */
	public static String shorten(String text, int length) {
		String value = (text != null) ? text.strip() : "";
		return (value.length() <= length) ? value : value.substring(0, length - 1).stripTrailing() + "…";
	}

	/**
	 * The marker shapes, one per series: each reads apart from the others without colour.
	 */
	public enum Shape {

		CIRCLE, SQUARE, DIAMOND, TRIANGLE;

		public static Shape of(int series) {
			return values()[Math.floorMod(series, values().length)];
		}

		/** The shape centred on (x, y) with "radius" r, as a path. */
		public String path(double x, double y, double r) {
			return switch (this) {
				case CIRCLE -> "M" + number(x - r) + " " + number(y) + " a" + number(r) + " " + number(r) + " 0 1 0 "
						+ number(2 * r) + " 0 a" + number(r) + " " + number(r) + " 0 1 0 " + number(-2 * r) + " 0Z";
				case SQUARE -> {
					double side = r * 0.9;
					yield "M" + number(x - side) + " " + number(y - side) + " H" + number(x + side) + " V"
							+ number(y + side) + " H" + number(x - side) + "Z";
				}
				case DIAMOND -> "M" + number(x) + " " + number(y - r * 1.2) + " L" + number(x + r * 1.2) + " "
						+ number(y) + " L" + number(x) + " " + number(y + r * 1.2) + " L" + number(x - r * 1.2) + " "
						+ number(y) + "Z";
				case TRIANGLE -> "M" + number(x) + " " + number(y - r * 1.2) + " L" + number(x + r * 1.15) + " "
						+ number(y + r * 0.9) + " L" + number(x - r * 1.15) + " " + number(y + r * 0.9) + "Z";
			};
		}

		/** The name a legend and a text alternative use. */
		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

}
