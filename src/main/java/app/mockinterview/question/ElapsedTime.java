package app.mockinterview.question;

/**
 * Formats a number of seconds the way the stage timers show it: "7:05", or "1:02:03" past
 * an hour.
 */
public final class ElapsedTime {

	private ElapsedTime() {
	}

	public static String format(long seconds) {
		long h = seconds / 3600;
		long m = (seconds % 3600) / 60;
		long s = seconds % 60;
		return (h > 0) ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
	}

}
