package app.mockinterview.content;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The HTML of the texts rendered most recently, so that a text is rendered once however
 * many pages show it: a candidate's notes are rendered when they are saved (for the
 * preview) and then shown on every console and room page and every live refresh until the
 * next save. Bounded by the characters it holds, texts and HTML together; the least
 * recently used go first, and a text larger than a quarter of the bound is rendered each
 * time and not kept.
 */
final class RenderCache {

	private final long maxChars;

	private final LinkedHashMap<String, String> entries = new LinkedHashMap<>(64, 0.75f, true);

	private long chars;

	RenderCache(long maxChars) {
		this.maxChars = maxChars;
	}

	String get(String text, Function<String, String> render) {
		synchronized (this) {
			String html = this.entries.get(text);
			if (html != null) {
				return html;
			}
		}
		String html = render.apply(text);
		long size = (long) text.length() + html.length();
		if (size <= this.maxChars / 4) {
			synchronized (this) {
				if (this.entries.put(text, html) == null) {
					this.chars += size;
				}
				evictOverBound();
			}
		}
		return html;
	}

	synchronized int size() {
		return this.entries.size();
	}

	synchronized long chars() {
		return this.chars;
	}

	private void evictOverBound() {
		Iterator<Map.Entry<String, String>> eldest = this.entries.entrySet().iterator();
		while (this.chars > this.maxChars && eldest.hasNext()) {
			Map.Entry<String, String> entry = eldest.next();
			this.chars -= (long) entry.getKey().length() + entry.getValue().length();
			eldest.remove();
		}
	}

}
