package app.mockinterview.markdown;

import java.util.List;

/**
 * A parsed sequence diagram: its participants in order, and what happens, top to bottom.
 */
record SequenceDiagram(List<Participant> participants, List<Step> steps, boolean autonumber) {

	record Participant(String id, String label, boolean actor) {

	}

	/** One thing drawn, in order. */
	sealed interface Step permits Message, Note, FrameStart, FrameElse, FrameEnd {

	}

	/**
	 * A message between participants (by index).
	 *
	 * @param dashed a reply ({@code -->>}, {@code -->})
	 * @param head how the line ends
	 */
	record Message(int from, int to, String text, boolean dashed, Head head) implements Step {

	}

	enum Head {

		/** {@code ->>}, {@code -)} */
		ARROW,
		/** {@code ->}: a line without an arrowhead */
		NONE,
		/** {@code -x}: a lost message */
		CROSS

	}

	/** A note beside one participant, or over one or two. */
	record Note(int first, int last, Placement placement, String text) implements Step {

	}

	enum Placement {

		LEFT, RIGHT, OVER

	}

	/**
	 * The start of a frame ({@code loop}, {@code alt}, {@code opt}, {@code par}, ...).
	 */
	record FrameStart(String kind, String text) implements Step {

	}

	/** A new section of the open frame ({@code else} in alt, {@code and} in par). */
	record FrameElse(String text) implements Step {

	}

	record FrameEnd() implements Step {

	}

}
