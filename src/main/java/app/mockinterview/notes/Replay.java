package app.mockinterview.notes;

import java.util.List;
import java.util.function.LongFunction;

/**
 * The replay of notes after an interview or a practice attempt: a timeline in minutes of
 * interview time with the stage changes marked, and the notes as they were at the chosen
 * minute. Pages show it with {@code fragments/replay}; a GET form with {@code ?at=} picks
 * the minute without JavaScript, and {@code fragmentUrl} answers the same with the part
 * that changes, for the script that follows the slider.
 */
public record Replay(String pageUrl, String fragmentUrl, int minute, int lastMinute, long totalSeconds,
		List<Mark> marks, List<Part> parts) {

	/**
	 * A stage entered at that much interview time ({@code timeText} as the stage timers
	 * write it).
	 */
	public record Mark(long elapsedSeconds, String timeText, String label) {

		public int minute() {
			return (int) (this.elapsedSeconds / 60);
		}

	}

	/**
	 * One set of notes at the chosen minute: its source (shown on request) and its
	 * Markdown rendered and sanitised by the caller; {@code savedText} says when that
	 * version was saved, or is null when nothing had been written yet.
	 */
	public record Part(String heading, String source, String html, String savedText) {

		public boolean isEmpty() {
			return this.source.isBlank();
		}

	}

	/**
	 * The replay at minute {@code at} (the end when absent, clamped to the timeline).
	 * @param totalMillis the interview (or attempt) time in all
	 * @param partsAt the notes at a moment, in milliseconds of interview time
	 */
	public static Replay of(String pageUrl, String fragmentUrl, Integer at, long totalMillis, List<Mark> marks,
			LongFunction<List<Part>> partsAt) {
		int last = (int) ((totalMillis + 59_999) / 60_000);
		int minute = (at == null) ? last : Math.max(0, Math.min(last, at));
		// The last minute means the end, whatever the seconds past the last full minute.
		long moment = (minute == last) ? Long.MAX_VALUE : minute * 60_000L;
		return new Replay(pageUrl, fragmentUrl, minute, last, totalMillis / 1000, List.copyOf(marks),
				partsAt.apply(moment));
	}

	/** Where a mark sits on the drawn timeline, as an SVG percentage. */
	public String percent(Mark mark) {
		long total = Math.max(1, this.lastMinute * 60L);
		return "%.2f%%".formatted(Math.min(100.0, 100.0 * mark.elapsedSeconds() / total));
	}

	/** Where the chosen minute sits on the drawn timeline. */
	public String minutePercent() {
		return (this.lastMinute == 0) ? "0%" : "%.2f%%".formatted(100.0 * this.minute / this.lastMinute);
	}

	public boolean atEnd() {
		return this.minute == this.lastMinute;
	}

	public String heading() {
		return atEnd() ? "At the end (minute %d)".formatted(this.minute)
				: "At minute %d of %d".formatted(this.minute, this.lastMinute);
	}

	/** The link that shows another minute without JavaScript. */
	public String urlAt(int minute) {
		return this.pageUrl + (this.pageUrl.contains("?") ? "&" : "?") + "at=" + minute + "#replay-heading";
	}

}
