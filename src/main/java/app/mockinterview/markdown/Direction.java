package app.mockinterview.markdown;

/** Which way a flowchart's ranks run. */
enum Direction {

	TD, TB, BT, LR, RL;

	boolean horizontal() {
		return this == LR || this == RL;
	}

	boolean reversed() {
		return this == BT || this == RL;
	}

}
