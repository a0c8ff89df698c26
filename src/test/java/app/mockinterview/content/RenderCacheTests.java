package app.mockinterview.content;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RenderCacheTests {

	private final AtomicInteger renders = new AtomicInteger();

	private final Function<String, String> render = (text) -> {
		this.renders.incrementAndGet();
		return "<p>" + text + "</p>";
	};

	@Test
	void aTextShownAgainIsNotRenderedAgain() {
		RenderCache cache = new RenderCache(1_000);
		assertThat(cache.get("notes", this.render)).isEqualTo("<p>notes</p>");
		assertThat(cache.get("notes", this.render)).isEqualTo("<p>notes</p>");
		assertThat(cache.get("notes, edited", this.render)).isEqualTo("<p>notes, edited</p>");
		assertThat(this.renders).hasValue(2);
	}

	@Test
	void theLeastRecentlyShownTextsGoFirstWhenTheBoundIsReached() {
		RenderCache cache = new RenderCache(100);
		cache.get("a".repeat(8), this.render); // 8 + 15 = 23 characters
		cache.get("b".repeat(8), this.render);
		cache.get("c".repeat(8), this.render);
		cache.get("d".repeat(8), this.render);
		cache.get("a".repeat(8), this.render); // a is now the most recent
		cache.get("e".repeat(8), this.render); // 115 > 100: b goes
		assertThat(cache.size()).isEqualTo(4);
		assertThat(cache.chars()).isEqualTo(92);
		this.renders.set(0);
		cache.get("a".repeat(8), this.render);
		cache.get("b".repeat(8), this.render);
		assertThat(this.renders).hasValue(1);
	}

	@Test
	void aTextLargerThanAQuarterOfTheBoundIsRenderedEachTimeAndNotKept() {
		RenderCache cache = new RenderCache(100);
		String large = "x".repeat(20); // 20 + 27 = 47 > 25
		cache.get(large, this.render);
		cache.get(large, this.render);
		assertThat(this.renders).hasValue(2);
		assertThat(cache.size()).isZero();
	}

}
