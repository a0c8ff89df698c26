package app.mockinterview.chart;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the charts put things for known data: scales, points, bars, markers, and what an
 * empty chart says.
 */
class ChartGeometryTests {

	private static final List<LineChart.Level> LEVELS = List.of(new LineChart.Level(1, "1 · Strong no"),
			new LineChart.Level(2, "2 · Lean no"), new LineChart.Level(3, "3 · Lean yes"),
			new LineChart.Level(4, "4 · Strong yes"));

	@Nested
	class Scales {

		@Test
		void mapsTheDomainOntoTheRangeIncludingBackwards() {
			Scale y = new Scale(1, 4, 166, 14);
			assertThat(y.at(1)).isEqualTo(166);
			assertThat(y.at(4)).isEqualTo(14);
			assertThat(y.at(2.5)).isEqualTo(90);
		}

		@Test
		void aSingleValueSitsInTheMiddle() {
			assertThat(new Scale(0, 0, 100, 300).at(0)).isEqualTo(200);
		}

		@Test
		void writesCoordinatesWithAtMostOneDecimalWhateverTheLocale() {
			assertThat(Svg.number(12.0)).isEqualTo("12");
			assertThat(Svg.number(133.3333)).isEqualTo("133.3");
			assertThat(Svg.number(-0.01)).isEqualTo("0");
			assertThat(Svg.line(List.of(new double[] { 1, 2 }, new double[] { 3.25, 4 }))).isEqualTo("M1 2 L3.3 4");
		}

		@Test
		void shortensLongLabelsWithAnEllipsis() {
			assertThat(Svg.shorten("Backfill and rerun mechanics", 12)).isEqualTo("Backfill an…");
			assertThat(Svg.shorten("Short", 12)).isEqualTo("Short");
		}

	}

	@Nested
	class Lines {

		@Test
		void placesKnownScoresOnTheirLevelsOldestLeft() {
			LineChart chart = LineChart.of("Scores", "Three attempts", "No scores yet", LEVELS,
					List.of(new LineChart.Value("11-28", 1, "first"), new LineChart.Value("11-29", 4, "second"),
							new LineChart.Value("11-30", 2.5, "third")));
			assertThat(chart.points()).extracting(LineChart.Point::x).containsExactly(106.0, 220.0, 334.0);
			assertThat(chart.points()).extracting(LineChart.Point::y).containsExactly(166.0, 14.0, 90.0);
			assertThat(chart.path()).isEqualTo("M106 166 L220 14 L334 90");
			assertThat(chart.yTicks()).extracting(LineChart.Tick::at).containsExactly(166.0, 115.3, 64.7, 14.0);
			assertThat(chart.xTicks()).extracting(LineChart.Tick::label).containsExactly("11-28", "11-29", "11-30");
			assertThat(chart.viewBox()).isEqualTo("0 0 360 200");
			assertThat(chart.isEmpty()).isFalse();
			assertThat(chart.hasLine()).isTrue();
		}

		@Test
		void oneScoreIsAPointInTheMiddleWithoutALine() {
			LineChart chart = LineChart.of("Scores", "", "No scores yet", LEVELS,
					List.of(new LineChart.Value("11-28", 3, "only")));
			assertThat(chart.points()).singleElement().satisfies((point) -> {
				assertThat(point.x()).isEqualTo(220.0);
				assertThat(point.y()).isEqualTo(64.7);
			});
			assertThat(chart.hasLine()).isFalse();
		}

		@Test
		void manyScoresLabelOnlySomeDatesSoThatTheyNeverOverlap() {
			List<LineChart.Value> values = java.util.stream.IntStream.range(0, 20)
				.mapToObj((i) -> new LineChart.Value("d" + i, 2, "v" + i))
				.toList();
			LineChart chart = LineChart.of("Scores", "", "No scores yet", LEVELS, values);
			assertThat(chart.points()).hasSize(20);
			assertThat(chart.xTicks()).extracting(LineChart.Tick::label)
				.containsExactly("d0", "d5", "d10", "d14", "d19");
		}

		@Test
		void noScoresIsAnEmptyChartThatSaysSo() {
			LineChart chart = LineChart.of("Scores", "", "No scores yet", LEVELS, List.of());
			assertThat(chart.isEmpty()).isTrue();
			assertThat(chart.emptyText()).isEqualTo("No scores yet");
		}

	}

	@Nested
	class Bars {

		@Test
		void drawsBarsAndTargetsOnOneRoundScale() {
			BarChart chart = BarChart.of("Times", "", "No times", "minutes",
					List.of(new BarChart.Bar("Clarify", 4, "4:00 of 5 min", 5.0, "5 min"),
							new BarChart.Bar("Answer", 22, "22:00 of 20 min", 20.0, "20 min")));
			// 22 minutes rounds up to an axis of 25 in steps of 5.
			assertThat(chart.ticks()).extracting(LineChart.Tick::label)
				.containsExactly("0", "5", "10", "15", "20", "25");
			double perMinute = (BarChart.RIGHT - BarChart.LEFT) / 25;
			assertThat(chart.rows().get(0).barWidth()).isEqualTo(Svg.round(4 * perMinute));
			assertThat(chart.rows().get(0).targetX()).isEqualTo(Svg.round(BarChart.LEFT + 5 * perMinute));
			assertThat(chart.rows().get(1).barWidth()).isEqualTo(Svg.round(22 * perMinute));
			assertThat(chart.rows().get(1).y()).isEqualTo(chart.rows().get(0).y() + BarChart.ROW);
			assertThat(chart.rows().get(1).detail()).isEqualTo("Answer: 22:00 of 20 min, 20 min");
		}

		@Test
		void picksAStepThatGivesAFewTicks() {
			assertThat(BarChart.step(4)).isEqualTo(1);
			assertThat(BarChart.step(12)).isEqualTo(2);
			assertThat(BarChart.step(22)).isEqualTo(5);
			assertThat(BarChart.step(90)).isEqualTo(15);
		}

		@Test
		void noBarsIsAnEmptyChart() {
			assertThat(BarChart.of("Times", "", "No times", "minutes", List.of()).isEmpty()).isTrue();
		}

	}

	@Nested
	class Dots {

		private final List<DotChart.Level> levels = List.of(new DotChart.Level(1, "Strong no"),
				new DotChart.Level(2, "Lean no"), new DotChart.Level(3, "Lean yes"),
				new DotChart.Level(4, "Strong yes"));

		@Test
		void putsEachRatersMarkerInTheColumnOfTheirLevelWithAShapeOfTheirOwn() {
			DotChart chart = DotChart.of("Ratings", "None", DotChart.Layout.FULL, this.levels, List.of("Ines", "Sam"),
					List.of(new DotChart.Rating(null, "Communication", Arrays.asList(1, 3), true),
							new DotChart.Rating(null, "Trade-offs and judgement", Arrays.asList(4, null), false)));
			// Label column 148 wide, four columns of 53 after it.
			assertThat(chart.columns()).extracting(DotChart.Column::x).containsExactly(174.5, 227.5, 280.5, 333.5);
			DotChart.Row first = chart.rows().get(0);
			assertThat(first.highlighted()).isTrue();
			assertThat(first.markers()).extracting(DotChart.Marker::x).containsExactly(174.5, 280.5);
			assertThat(first.markers()).extracting(DotChart.Marker::series).containsExactly(0, 1);
			assertThat(first.markers().get(0).path()).startsWith("M169 48.5 a5.5 5.5");
			assertThat(first.markers().get(1).path()).isEqualTo("M275.6 43.6 H285.5 V53.5 H275.6Z");
			assertThat(first.detail()).isEqualTo("Communication: Ines 1 · Strong no, Sam 3 · Lean yes");
			DotChart.Row second = chart.rows().get(1);
			assertThat(second.y()).isEqualTo(first.y() + 25);
			assertThat(second.markers()).singleElement().extracting(DotChart.Marker::x).isEqualTo(333.5);
			assertThat(second.detail()).endsWith("Sam no rating");
			assertThat(chart.legend()).extracting(DotChart.Legend::shape).containsExactly("circle", "square");
			assertThat(chart.description()).contains("Communication: Ines 1 · Strong no, Sam 3 · Lean yes.");
		}

		@Test
		void ratersWhoAgreeSitSideBySide() {
			DotChart chart = DotChart.of("Ratings", "None", DotChart.Layout.FULL, this.levels, List.of("Ines", "Sam"),
					List.of(new DotChart.Rating(null, "Communication", List.of(3, 3), false)));
			assertThat(chart.rows().get(0).markers()).extracting(DotChart.Marker::x).containsExactly(274.2, 286.8);
		}

		@Test
		void groupsRowsUnderTheirQuestionAndShortensLongNames() {
			DotChart chart = DotChart
				.of("Ratings", "None", DotChart.Layout.FULL, this.levels, List.of("Ines"),
						List.of(new DotChart.Rating("Question 1", "A criterion with a very long name indeed",
								List.of(2), false),
								new DotChart.Rating("Question 2", "Communication", List.of(2), false)));
			assertThat(chart.groups()).extracting(DotChart.Group::label).containsExactly("Question 1", "Question 2");
			assertThat(chart.rows().get(0).label()).hasSizeLessThanOrEqualTo(21).endsWith("…");
			assertThat(chart.rows().get(0).detail())
				.isEqualTo("Question 1, A criterion with a very long name indeed: Ines 2 · Lean no");
		}

		@Test
		void theCompactLayoutHasNoLabels() {
			DotChart chart = DotChart.of("Ratings", "None", DotChart.Layout.COMPACT, this.levels, List.of("Ines"),
					List.of(new DotChart.Rating(null, "Communication", List.of(2), false)));
			assertThat(chart.labelled()).isFalse();
			assertThat(chart.rows().get(0).label()).isEmpty();
			assertThat(chart.width()).isEqualTo(84);
		}

		@Test
		void noRowsIsAnEmptyChart() {
			DotChart chart = DotChart.of("Ratings", "No ratings yet", DotChart.Layout.FULL, this.levels,
					List.of("Ines"), List.of());
			assertThat(chart.isEmpty()).isTrue();
			assertThat(chart.emptyText()).isEqualTo("No ratings yet");
		}

	}

}
