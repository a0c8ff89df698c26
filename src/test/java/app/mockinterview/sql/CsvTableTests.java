package app.mockinterview.sql;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTests {

	@Test
	void readsQuotedFieldsEmptyAsNullAndLineNumbers() {
		CsvTable table = CsvTable.parse("t",
				"\uFEFFid,name,note\r\n1,\"Smith, J\",\n2,,\"say \"\"hi\"\"\nthere\"\n\n3,x,\"\"\n");
		assertThat(table.header()).containsExactly("id", "name", "note");
		assertThat(table.rows()).containsExactly(Arrays.asList("1", "Smith, J", null),
				Arrays.asList("2", null, "say \"hi\"\nthere"), List.of("3", "x", ""));
		assertThat(table.lines()).containsExactly(2, 3, 6);
	}

	@Test
	void writesWhatItReads() {
		CsvTable table = CsvTable.parse("t", "a,b\n1,\"x,y\"\n,\"\"\n");
		assertThat(CsvTable.parse("t", Csv.write(table)).rows()).isEqualTo(table.rows());
	}

}
