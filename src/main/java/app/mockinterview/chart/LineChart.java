package app.mockinterview.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A line through values in order (oldest left), on a y axis of a few labelled levels: the
 * geometry a template draws as SVG. Sizes are in the chart's own units (its
 * {@link #viewBox()}), so it scales to any width.
 *
 * @param title the accessible name
 * @param description what the chart shows, in words, for those who cannot see it
 * @param emptyText what to say instead of an empty chart
 */
public record LineChart(String title, String description, String emptyText, double width, double height, double left,
		double right, double top, double bottom, List<Tick> yTicks, List<Tick> xTicks, List<Point> points,
		String path) {

	static final double WIDTH = 360;

	static final double HEIGHT = 200;

	static final double LEFT = 92;

	static final double RIGHT = 348;

	static final double TOP = 14;

	static final double BOTTOM = 166;

	/** Space between the axis ends and the first and last points. */
	static final double INSET = 14;

	/** Most x labels drawn; the others are left out so that they never overlap. */
	static final int X_LABELS = 5;

	/** A level of the y axis: its value and its name ("3 · Lean yes"). */
	public record Level(double value, String label) {

	}

	/** One value: its x label ("11-30"), its y value, and what it is in words. */
	public record Value(String xLabel, double y, String detail) {

	}

	/** An axis label or grid line at a position along its axis. */
	public record Tick(double at, String label) {

	}

	/** A drawn value: its centre and its words (a tooltip and the text alternative). */
	public record Point(double x, double y, String detail) {

	}

	public static LineChart of(String title, String description, String emptyText, List<Level> levels,
			List<Value> values) {
		double min = levels.stream().mapToDouble(Level::value).min().orElse(0);
		double max = levels.stream().mapToDouble(Level::value).max().orElse(1);
		Scale y = new Scale(min, max, BOTTOM, TOP);
		Scale x = new Scale(0, Math.max(0, values.size() - 1), LEFT + INSET, RIGHT - INSET);
		List<Tick> yTicks = levels.stream()
			.map((level) -> new Tick(Svg.round(y.at(level.value())), level.label()))
			.toList();
		List<Point> points = new ArrayList<>();
		for (int index = 0; index < values.size(); index++) {
			Value value = values.get(index);
			points.add(new Point(Svg.round(x.at(index)), Svg.round(y.at(value.y())), value.detail()));
		}
		List<Tick> xTicks = labelled(values.size()).stream()
			.map((index) -> new Tick(points.get(index).x(), values.get(index).xLabel()))
			.toList();
		String path = Svg.line(points.stream().map((point) -> new double[] { point.x(), point.y() }).toList());
		return new LineChart(title, description, emptyText, WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, yTicks, xTicks,
				List.copyOf(points), path);
	}

	/**
	 * Which values get an x label: all of a few, else the first, the last and some evenly
	 * between.
	 */
	static List<Integer> labelled(int count) {
		if (count <= X_LABELS) {
			return java.util.stream.IntStream.range(0, count).boxed().toList();
		}
		Set<Integer> indexes = new LinkedHashSet<>();
		for (int i = 0; i < X_LABELS; i++) {
			indexes.add((int) Math.round(i * (count - 1) / (double) (X_LABELS - 1)));
		}
		return List.copyOf(indexes);
	}

	public boolean isEmpty() {
		return this.points.isEmpty();
	}

	/** Whether the points are joined by a line (two or more). */
	public boolean hasLine() {
		return this.points.size() > 1;
	}

	public String viewBox() {
		return "0 0 " + Svg.number(this.width) + " " + Svg.number(this.height);
	}

	/** Where the x labels sit: below the plot. */
	public double xLabelY() {
		return this.bottom + 20;
	}

	/** Where the y labels end: left of the plot. */
	public double yLabelX() {
		return this.left - 8;
	}

}
