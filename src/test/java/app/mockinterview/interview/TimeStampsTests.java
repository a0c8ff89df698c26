package app.mockinterview.interview;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The interview-time stamps typed on the console, as the pages show them. */
class TimeStampsTests {

	@Test
	void stampsBecomeTimesAndEverythingElseIsEscaped() {
		assertThat(TimeStamps.html("[12:34] asked <why> & [1:02:03] later"))
			.isEqualTo("<time class=\"stamp\" datetime=\"PT12M34S\">[12:34]</time> asked &lt;why&gt; &amp; "
					+ "<time class=\"stamp\" datetime=\"PT1H2M3S\">[1:02:03]</time> later");
	}

	@Test
	void bracketsThatAreNotTimesStayText() {
		assertThat(TimeStamps.html("[a:bc] [12:75] [1:2:03] <x>")).isEqualTo("[a:bc] [12:75] [1:2:03] &lt;x&gt;");
		assertThat(TimeStamps.html(null)).isEmpty();
	}

}
