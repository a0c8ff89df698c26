package app.mockinterview.question;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ElapsedTimeTests {

	@Test
	void minutesAndSecondsThenHours() {
		assertThat(ElapsedTime.format(0)).isEqualTo("0:00");
		assertThat(ElapsedTime.format(5)).isEqualTo("0:05");
		assertThat(ElapsedTime.format(425)).isEqualTo("7:05");
		assertThat(ElapsedTime.format(3599)).isEqualTo("59:59");
		assertThat(ElapsedTime.format(3600)).isEqualTo("1:00:00");
		assertThat(ElapsedTime.format(3723)).isEqualTo("1:02:03");
		assertThat(ElapsedTime.format(360_000)).isEqualTo("100:00:00");
	}

	@Test
	void sameAsTheFormatStringItReplaced() {
		for (long seconds = -4000; seconds < 90_000; seconds += 7) {
			long h = seconds / 3600;
			long m = (seconds % 3600) / 60;
			long s = seconds % 60;
			String was = (h > 0) ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
			assertThat(ElapsedTime.format(seconds)).as("%d s", seconds).isEqualTo(was);
		}
	}

}
