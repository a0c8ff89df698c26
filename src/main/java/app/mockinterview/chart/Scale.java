package app.mockinterview.chart;

/**
 * A linear map from data values to drawing units: the domain {@code from}–{@code to} is
 * drawn from {@code start} to {@code end} (which may run backwards, as a y axis does).
 */
public record Scale(double from, double to, double start, double end) {

	public double at(double value) {
		if (this.to == this.from) {
			return (this.start + this.end) / 2;
		}
		return this.start + (value - this.from) * (this.end - this.start) / (this.to - this.from);
	}

}
