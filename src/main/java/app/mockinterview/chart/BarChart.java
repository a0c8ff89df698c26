package app.mockinterview.chart;

import java.util.ArrayList;
import java.util.List;

/**
 * Horizontal bars, each with an optional target drawn as a marker across it (time spent
 * against the time suggested): the geometry a template draws as SVG, sized in the chart's
 * own units so that it scales to any width.
 *
 * @param title the accessible name
 * @param description what the chart shows, in words
 * @param emptyText what to say instead of an empty chart
 */
public record BarChart(String title, String description, String emptyText, double width, double height, double left,
		double right, double axisY, List<Row> rows, List<LineChart.Tick> ticks, String unit) {

	static final double WIDTH = 360;

	static final double LEFT = 96;

	static final double RIGHT = 340;

	static final double TOP = 6;

	static final double ROW = 40;

	static final double BAR = 16;

	/** One bar: its name, value and target (null for none), and both as text. */
	public record Bar(String label, double value, String valueText, Double target, String targetText) {

	}

	/**
	 * A drawn bar: the row's top, the bar's length, the target marker's x (null for none)
	 * and the words for the label column.
	 */
	public record Row(String label, String valueText, double y, double barWidth, Double targetX, String detail) {

		public double barY() {
			return this.y + (ROW - BAR) / 2;
		}

		public double barHeight() {
			return BAR;
		}

		public double labelY() {
			return this.y + 17;
		}

		public double valueY() {
			return this.y + 31;
		}

		public double targetTop() {
			return this.y + 4;
		}

		public double targetBottom() {
			return this.y + ROW - 4;
		}

	}

	public static BarChart of(String title, String description, String emptyText, String unit, List<Bar> bars) {
		double largest = bars.stream()
			.mapToDouble((bar) -> Math.max(bar.value(), (bar.target() != null) ? bar.target() : 0))
			.max()
			.orElse(0);
		double step = step(largest);
		double max = Math.max(step, Math.ceil(largest / step) * step);
		Scale x = new Scale(0, max, LEFT, RIGHT);
		List<Row> rows = new ArrayList<>();
		for (int index = 0; index < bars.size(); index++) {
			Bar bar = bars.get(index);
			rows.add(new Row(bar.label(), bar.valueText(), Svg.round(TOP + index * ROW),
					Svg.round(x.at(bar.value()) - LEFT), (bar.target() != null) ? Svg.round(x.at(bar.target())) : null,
					bar.label() + ": " + bar.valueText()
							+ ((bar.targetText() != null) ? ", " + bar.targetText() : "")));
		}
		List<LineChart.Tick> ticks = new ArrayList<>();
		for (double value = 0; value <= max + step / 2; value += step) {
			ticks.add(new LineChart.Tick(Svg.round(x.at(value)), Svg.number(value)));
		}
		double axisY = TOP + bars.size() * ROW + 2;
		return new BarChart(title, description, emptyText, WIDTH, axisY + 22, LEFT, RIGHT, axisY, List.copyOf(rows),
				List.copyOf(ticks), unit);
	}

	/** A round step for the axis that gives at most about six ticks. */
	static double step(double largest) {
		for (double step : new double[] { 1, 2, 5, 10, 15, 20, 30, 60, 120 }) {
			if (largest / step <= 6) {
				return step;
			}
		}
		return Math.ceil(largest / 6 / 60) * 60;
	}

	public boolean isEmpty() {
		return this.rows.isEmpty();
	}

	public String viewBox() {
		return "0 0 " + Svg.number(this.width) + " " + Svg.number(this.height);
	}

	public double tickLabelY() {
		return this.axisY + 16;
	}

	/** Where the unit name sits: after the last tick label's row, at the right. */
	public double top() {
		return TOP;
	}

}
