package app.mockinterview.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ratings on a few levels, one row per thing rated and one marker per rater, each rater
 * with a shape of their own (so that the chart reads without colour): the geometry a
 * template draws as SVG. Raters who gave the same rating sit side by side.
 *
 * @param title the accessible name
 * @param description every row's ratings in words
 * @param emptyText what to say instead of an empty chart
 */
public record DotChart(String title, String description, String emptyText, Layout layout, double height,
		List<Column> columns, List<Group> groups, List<Row> rows, List<Legend> legend) {

	/**
	 * The sizes: the full chart has labels and a header; the compact one (for a list) has
	 * neither and fits in a table cell.
	 */
	public record Layout(double width, double labelWidth, double header, double rowHeight, double groupHeight,
			double radius, int labelLength) {

		public static final Layout FULL = new Layout(360, 148, 36, 25, 20, 5.5, 21);

		public static final Layout COMPACT = new Layout(84, 4, 14, 11, 3, 3.6, 0);

		double columnWidth(int columns) {
			return (this.width - this.labelWidth) / columns;
		}

	}

	/** A level of the scale: its value, its number and its name. */
	public record Level(int value, String label) {

	}

	/** A column's centre and its two header lines ("3", "Lean yes"). */
	public record Column(double x, String number, String label) {

	}

	/**
	 * One thing rated: its group (a question), name and each rater's value (null: none).
	 */
	public record Rating(String group, String label, List<Integer> values, boolean highlighted) {

	}

	/** A group heading above its rows. */
	public record Group(double y, String label) {

	}

	/** A drawn row: its top, label (shortened), full words, band and markers. */
	public record Row(double y, double height, String label, String detail, boolean highlighted, List<Marker> markers) {

		public double middle() {
			return Svg.round(this.y + this.height / 2);
		}

		public double labelY() {
			return Svg.round(this.y + this.height / 2 + 4);
		}

	}

	/** A drawn rating: its rater (series), shape path and words. */
	public record Marker(int series, double x, double y, String path, String detail) {

		/** The classes that colour it (written here: "__" would be Thymeleaf syntax). */
		public String cssClass() {
			return "chart__marker chart__marker--" + this.series;
		}

	}

	/** A legend entry: the rater, and their shape drawn in a 14-unit square. */
	public record Legend(int series, String name, String shape, String path) {

		public String cssClass() {
			return "chart__marker chart__marker--" + this.series;
		}

	}

	public static DotChart of(String title, String emptyText, Layout layout, List<Level> levels, List<String> series,
			List<Rating> ratings) {
		double columnWidth = layout.columnWidth(levels.size());
		Map<Integer, Double> centres = new LinkedHashMap<>();
		Map<Integer, String> names = new LinkedHashMap<>();
		List<Column> columns = new ArrayList<>();
		for (int index = 0; index < levels.size(); index++) {
			Level level = levels.get(index);
			double x = Svg.round(layout.labelWidth() + columnWidth * (index + 0.5));
			centres.put(level.value(), x);
			names.put(level.value(), level.value() + " · " + level.label());
			columns.add(new Column(x, String.valueOf(level.value()), level.label()));
		}
		List<Group> groups = new ArrayList<>();
		List<Row> rows = new ArrayList<>();
		List<String> sentences = new ArrayList<>();
		double y = layout.header();
		String group = null;
		for (Rating rating : ratings) {
			if (rating.group() != null && !rating.group().equals(group)) {
				group = rating.group();
				groups.add(new Group(Svg.round(y + layout.groupHeight() - 6), group));
				y += layout.groupHeight();
			}
			String name = ((rating.group() != null) ? rating.group() + ", " : "") + rating.label();
			List<String> parts = new ArrayList<>();
			List<Marker> markers = new ArrayList<>();
			double middle = y + layout.rowHeight() / 2;
			for (int s = 0; s < series.size(); s++) {
				Integer value = (s < rating.values().size()) ? rating.values().get(s) : null;
				String said = (value != null) ? names.getOrDefault(value, String.valueOf(value)) : "no rating";
				parts.add(series.get(s) + " " + said);
				if (value == null || !centres.containsKey(value)) {
					continue;
				}
				// Raters with the same rating sit side by side around the column's
				// centre.
				List<Integer> same = new ArrayList<>();
				for (int other = 0; other < series.size(); other++) {
					if (other < rating.values().size() && Objects.equals(rating.values().get(other), value)) {
						same.add(other);
					}
				}
				double offset = (same.indexOf(s) - (same.size() - 1) / 2.0) * layout.radius() * 2.3;
				double x = Svg.round(centres.get(value) + offset);
				markers.add(new Marker(s, x, Svg.round(middle), Svg.Shape.of(s).path(x, middle, layout.radius()),
						series.get(s) + ": " + said));
			}
			String detail = name + ": " + String.join(", ", parts);
			sentences.add(detail + ".");
			rows.add(new Row(Svg.round(y), layout.rowHeight(),
					(layout.labelLength() > 0) ? Svg.shorten(rating.label(), layout.labelLength()) : "", detail,
					rating.highlighted(), List.copyOf(markers)));
			y += layout.rowHeight();
		}
		List<Legend> legend = new ArrayList<>();
		for (int s = 0; s < series.size(); s++) {
			legend.add(new Legend(s, series.get(s), Svg.Shape.of(s).label(), Svg.Shape.of(s).path(7, 7, 5)));
		}
		return new DotChart(title, String.join(" ", sentences), emptyText, layout, Svg.round(y + 4),
				List.copyOf(columns), List.copyOf(groups), List.copyOf(rows), List.copyOf(legend));
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	/** Where the level numbers of the header sit. */
	public double numberY() {
		return labelled() ? 14 : 10;
	}

	/** Whether the chart has its labels and header (the full layout). */
	public boolean labelled() {
		return this.layout.labelLength() > 0;
	}

	public String viewBox() {
		return "0 0 " + Svg.number(this.layout.width()) + " " + Svg.number(this.height);
	}

	public double width() {
		return this.layout.width();
	}

	/** Where the grid lines start: below the header. */
	public double gridTop() {
		return this.layout.header() - 2;
	}

	public double gridBottom() {
		return this.height - 2;
	}

}
