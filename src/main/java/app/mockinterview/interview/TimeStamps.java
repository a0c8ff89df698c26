package app.mockinterview.interview;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Shows the interview-time stamps in notes and evidence ({@code [12:34]} or
 * {@code [1:02:03]}, typed on the console) as {@code <time>} elements, through the pages'
 * read models. The text is stored as typed; everything but the stamps is escaped.
 */
public final class TimeStamps {

	private static final Pattern STAMP = Pattern.compile("\\[(?:(\\d{1,2}):)?(\\d{1,3}):([0-5]\\d)\\]");

	private TimeStamps() {
	}

	/** The text as HTML: escaped, with each stamp a {@code <time>} element. */
	public static String html(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		Matcher stamp = STAMP.matcher(text);
		StringBuilder html = new StringBuilder(text.length() + 64);
		int from = 0;
		while (stamp.find()) {
			html.append(HtmlUtils.htmlEscape(text.substring(from, stamp.start())));
			String hours = stamp.group(1);
			String minutes = stamp.group(2);
			boolean clock = hours == null || (minutes.length() == 2 && Integer.parseInt(minutes) <= 59);
			if (!clock) {
				// Not a time the console writes: leave it as text.
				html.append(HtmlUtils.htmlEscape(stamp.group()));
			}
			else {
				html.append("<time class=\"stamp\" datetime=\"PT")
					.append((hours != null) ? Integer.parseInt(hours) + "H" : "")
					.append(Integer.parseInt(minutes))
					.append('M')
					.append(Integer.parseInt(stamp.group(3)))
					.append("S\">")
					.append(HtmlUtils.htmlEscape(stamp.group()))
					.append("</time>");
			}
			from = stamp.end();
		}
		html.append(HtmlUtils.htmlEscape(text.substring(from)));
		return html.toString();
	}

}
