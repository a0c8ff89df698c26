package app.mockinterview.markdown;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lays out and draws a sequence diagram: participants side by side (spaced so that
 * message texts fit), lifelines, then each step below the last, frames around what they
 * hold.
 */
final class SequenceSvg {

	private static final double MARGIN = 10;

	private static final double MIN_SPACING = 120;

	private static final double FRAME_PAD = 48;

	private static final double SELF_WIDTH = 34;

	private final SequenceDiagram diagram;

	private final int count;

	private final double[] centre;

	private final double[] boxWidth;

	private double boxHeight;

	private double left;

	private double right;

	/** Per frame start (by step index): the participants it spans. */
	private final int[][] frameSpan;

	private SequenceSvg(SequenceDiagram diagram) {
		this.diagram = diagram;
		this.count = diagram.participants().size();
		this.centre = new double[this.count];
		this.boxWidth = new double[this.count];
		this.frameSpan = new int[diagram.steps().size()][];
	}

	static String draw(SequenceDiagram diagram, String title) {
		SequenceSvg layout = new SequenceSvg(diagram);
		layout.placeParticipants();
		layout.spanFrames();
		return layout.write(title);
	}

	private void placeParticipants() {
		for (int i = 0; i < this.count; i++) {
			List<String> lines = TextMetrics.lines(this.diagram.participants().get(i).label());
			this.boxWidth[i] = Math.max(80, TextMetrics.width(lines) + 24);
			this.boxHeight = Math.max(this.boxHeight, lines.size() * TextMetrics.LINE_HEIGHT + 16);
			this.centre[i] = (i == 0) ? 0
					: this.centre[i - 1] + Math.max(MIN_SPACING, (this.boxWidth[i - 1] + this.boxWidth[i]) / 2 + 24);
		}
		int number = 0;
		for (SequenceDiagram.Step step : this.diagram.steps()) {
			if (step instanceof SequenceDiagram.Message message) {
				number++;
				double need = TextMetrics.width(TextMetrics.lines(text(message, number))) + 30;
				if (message.from() == message.to()) {
					if (message.from() + 1 < this.count) {
						widen(message.from(), message.from() + 1, need + SELF_WIDTH);
					}
				}
				else {
					widen(Math.min(message.from(), message.to()), Math.max(message.from(), message.to()), need);
				}
			}
			else if (step instanceof SequenceDiagram.Note note && note.first() != note.last()) {
				widen(note.first(), note.last(), noteWidth(note) - 40);
			}
		}
		this.left = this.centre[0] - this.boxWidth[0] / 2 - FRAME_PAD;
		this.right = this.centre[this.count - 1] + this.boxWidth[this.count - 1] / 2 + FRAME_PAD;
		number = 0;
		for (SequenceDiagram.Step step : this.diagram.steps()) {
			if (step instanceof SequenceDiagram.Note note) {
				double[] span = noteSpan(note);
				this.left = Math.min(this.left, span[0] - 4);
				this.right = Math.max(this.right, span[1] + 4);
			}
			else if (step instanceof SequenceDiagram.Message message) {
				number++;
				if (message.from() == message.to()) {
					double reach = this.centre[message.from()] + SELF_WIDTH + 8
							+ TextMetrics.width(TextMetrics.lines(text(message, number)));
					this.right = Math.max(this.right, reach + 8);
				}
			}
		}
	}

	private void widen(int from, int to, double need) {
		double have = this.centre[to] - this.centre[from];
		if (have < need) {
			for (int i = to; i < this.count; i++) {
				this.centre[i] += need - have;
			}
		}
	}

	/** The participants each frame spans: those its steps touch, or all of them. */
	private void spanFrames() {
		List<SequenceDiagram.Step> steps = this.diagram.steps();
		Deque<Integer> open = new ArrayDeque<>();
		for (int s = 0; s < steps.size(); s++) {
			SequenceDiagram.Step step = steps.get(s);
			if (step instanceof SequenceDiagram.FrameStart) {
				this.frameSpan[s] = new int[] { Integer.MAX_VALUE, -1 };
				open.push(s);
			}
			else if (step instanceof SequenceDiagram.FrameEnd) {
				int start = open.pop();
				int[] span = this.frameSpan[start];
				if (span[1] < 0) {
					span[0] = 0;
					span[1] = this.count - 1;
				}
				// An enclosing frame spans at least what this one does.
				for (int outer : open) {
					touch(outer, span[0]);
					touch(outer, span[1]);
				}
			}
			else {
				int a = (step instanceof SequenceDiagram.Message m) ? m.from() : ((SequenceDiagram.Note) step).first();
				int b = (step instanceof SequenceDiagram.Message m) ? m.to() : ((SequenceDiagram.Note) step).last();
				for (int frame : open) {
					touch(frame, a);
					touch(frame, b);
				}
			}
		}
	}

	private void touch(int frame, int participant) {
		int[] span = this.frameSpan[frame];
		span[0] = Math.min(span[0], participant);
		span[1] = Math.max(span[1], participant);
	}

	private String text(SequenceDiagram.Message message, int number) {
		return this.diagram.autonumber() ? number + ". " + message.text() : message.text();
	}

	private static double noteWidth(SequenceDiagram.Note note) {
		return Math.max(80, TextMetrics.width(TextMetrics.lines(note.text())) + 20);
	}

	private double[] noteSpan(SequenceDiagram.Note note) {
		double w = noteWidth(note);
		double a = this.centre[note.first()];
		double b = this.centre[note.last()];
		return switch (note.placement()) {
			case LEFT -> new double[] { a - 12 - w, a - 12 };
			case RIGHT -> new double[] { a + 12, a + 12 + w };
			case OVER -> {
				double width = Math.max(w, b - a + 40);
				double mid = (a + b) / 2;
				yield new double[] { mid - width / 2, mid + width / 2 };
			}
		};
	}

	private double height(SequenceDiagram.Step step, int number) {
		if (step instanceof SequenceDiagram.Message message) {
			double lines = TextMetrics.lines(text(message, number)).size() * TextMetrics.LINE_HEIGHT;
			return (message.from() == message.to()) ? lines + 40 : lines + 20;
		}
		if (step instanceof SequenceDiagram.Note note) {
			return TextMetrics.lines(note.text()).size() * TextMetrics.LINE_HEIGHT + 26;
		}
		if (step instanceof SequenceDiagram.FrameStart) {
			return 34;
		}
		return (step instanceof SequenceDiagram.FrameElse) ? 30 : 14;
	}

	private String write(String title) {
		double dx = MARGIN - this.left;
		double top = MARGIN + this.boxHeight + 16;
		double bottom = top;
		int number = 0;
		for (SequenceDiagram.Step step : this.diagram.steps()) {
			if (step instanceof SequenceDiagram.Message) {
				number++;
			}
			bottom += height(step, number);
		}
		bottom += 10;
		double width = this.right - this.left + 2 * MARGIN;
		SvgWriter svg = new SvgWriter(width, bottom + MARGIN, "diagram diagram--sequence", title);
		for (int i = 0; i < this.count; i++) {
			double x = this.centre[i] + dx;
			svg.element("line", "class", "dg-lifeline", "x1", x, "y1", MARGIN + this.boxHeight, "x2", x, "y2", bottom);
			SequenceDiagram.Participant participant = this.diagram.participants().get(i);
			svg.element("rect", "class", participant.actor() ? "dg-node dg-actor" : "dg-node", "x",
					x - this.boxWidth[i] / 2, "y", MARGIN, "width", this.boxWidth[i], "height", this.boxHeight, "rx",
					participant.actor() ? this.boxHeight / 2 : 3.0);
			svg.lines(x, MARGIN + this.boxHeight / 2, "dg-label", TextMetrics.lines(participant.label()));
		}
		double y = top;
		number = 0;
		Deque<double[]> frames = new ArrayDeque<>();
		Deque<SequenceDiagram.FrameStart> frameKinds = new ArrayDeque<>();
		List<SequenceDiagram.Step> steps = this.diagram.steps();
		for (int s = 0; s < steps.size(); s++) {
			SequenceDiagram.Step step = steps.get(s);
			if (step instanceof SequenceDiagram.Message) {
				number++;
			}
			double h = height(step, number);
			if (step instanceof SequenceDiagram.Message message) {
				message(svg, message, number, y, h, dx);
			}
			else if (step instanceof SequenceDiagram.Note note) {
				double[] span = noteSpan(note);
				svg.element("rect", "class", "dg-note", "x", span[0] + dx, "y", y + 6, "width", span[1] - span[0],
						"height", h - 12);
				svg.lines((span[0] + span[1]) / 2 + dx, y + h / 2, "dg-label", TextMetrics.lines(note.text()));
			}
			else if (step instanceof SequenceDiagram.FrameStart start) {
				int[] span = this.frameSpan[s];
				double inset = frames.size() * 6;
				frames.push(new double[] { this.centre[span[0]] + dx - FRAME_PAD + inset,
						this.centre[span[1]] + dx + FRAME_PAD - inset, y + 4 });
				frameKinds.push(start);
				String label = start.text().isEmpty() ? start.kind() : start.kind() + " [" + start.text() + "]";
				svg.textFrom(frames.peek()[0] + 6, y + 17, "dg-frame-label", label);
			}
			else if (step instanceof SequenceDiagram.FrameElse otherwise) {
				double[] frame = frames.peek();
				svg.element("line", "class", "dg-frame-divider", "x1", frame[0], "y1", y + 4, "x2", frame[1], "y2",
						y + 4);
				svg.textFrom(frame[0] + 6, y + 17, "dg-frame-label",
						otherwise.text().isEmpty() ? "else" : "[" + otherwise.text() + "]");
			}
			else {
				double[] frame = frames.pop();
				frameKinds.pop();
				svg.element("rect", "class", "dg-frame", "x", frame[0], "y", frame[2], "width", frame[1] - frame[0],
						"height", y + 6 - frame[2]);
			}
			y += h;
		}
		return svg.finish();
	}

	private void message(SvgWriter svg, SequenceDiagram.Message message, int number, double y, double h, double dx) {
		List<String> lines = TextMetrics.lines(text(message, number));
		String css = message.dashed() ? "dg-message dg-message--dashed" : "dg-message";
		double from = this.centre[message.from()] + dx;
		double to = this.centre[message.to()] + dx;
		double textBlock = lines.size() * TextMetrics.LINE_HEIGHT;
		if (message.from() == message.to()) {
			double lineY = y + textBlock + 8;
			List<Point> points = new ArrayList<>(List.of(new Point(from, lineY), new Point(from + SELF_WIDTH, lineY),
					new Point(from + SELF_WIDTH, lineY + 18), new Point(from, lineY + 18)));
			end(svg, css, points, message.head());
			for (int i = 0; i < lines.size(); i++) {
				svg.textFrom(from + 6, y + TextMetrics.LINE_HEIGHT * (i + 0.5), "dg-message-text", lines.get(i));
			}
			return;
		}
		double lineY = y + textBlock + 10;
		end(svg, css, new ArrayList<>(List.of(new Point(from, lineY), new Point(to, lineY))), message.head());
		svg.lines((from + to) / 2, y + textBlock / 2 + 2, "dg-message-text", lines);
	}

	/** The line, ending in an arrowhead, a cross or nothing. */
	private static void end(SvgWriter svg, String css, List<Point> points, SequenceDiagram.Head head) {
		Point tip = points.get(points.size() - 1);
		Point before = points.get(points.size() - 2);
		if (head == SequenceDiagram.Head.ARROW) {
			points.set(points.size() - 1, Arrowhead.base(before, tip));
		}
		svg.element("polyline", "class", css, "points", SvgWriter.points(points));
		if (head == SequenceDiagram.Head.ARROW) {
			svg.element("polygon", "class", "dg-arrow", "points", SvgWriter.points(Arrowhead.at(before, tip)));
		}
		else if (head == SequenceDiagram.Head.CROSS) {
			svg.element("path", "class", "dg-cross", "d", "M" + SvgWriter.number(tip.x() - 5) + " "
					+ SvgWriter.number(tip.y() - 5) + " l10 10 m0 -10 l-10 10");
		}
	}

}
