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
		if (seconds < 0) {
			return "%d:%02d".formatted(m, s);
		}
		// Not String.format: the console formats every stage's time on every request, and
		// parsing the format string each time showed in its profile (issue 21).
		StringBuilder text = new StringBuilder(8);
		if (h > 0) {
			text.append(h).append(':');
			twoDigits(text, m);
		}
		else {
			text.append(m);
		}
		text.append(':');
		twoDigits(text, s);
		return text.toString();
	}

	private static void twoDigits(StringBuilder text, long value) {
		if (value < 10) {
			text.append('0');
		}
		text.append(value);
	}

}
