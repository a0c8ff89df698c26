package app.mockinterview.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CodeHighlighterTests {

	@Test
	void sqlKeywordsInAnyCaseStringsNumbersCommentsAndFunctions() {
		String html = CodeHighlighter.toHtml("sql",
				"select count(*) FROM orders where note = 'it''s' and id > 42 -- big ones\n/* done */");
		assertThat(html).contains("<span class=\"tok-kw\">select</span>")
			.contains("<span class=\"tok-kw\">FROM</span>")
			.contains("<span class=\"tok-fn\">count</span>(*)")
			.contains("<span class=\"tok-str\">&#39;it&#39;&#39;s&#39;</span>")
			.contains("<span class=\"tok-num\">42</span>")
			.contains("<span class=\"tok-com\">-- big ones</span>")
			.contains("<span class=\"tok-com\">/* done */</span>");
	}

	@Test
	void pythonTripleQuotedStringsHashCommentsAndCaseSensitiveKeywords() {
		String html = CodeHighlighter.toHtml("py",
				"def load(path):\n    \"\"\"Reads\n it\"\"\"  # why\n    Select = 1.5\n");
		assertThat(html).contains("<span class=\"tok-kw\">def</span> <span class=\"tok-fn\">load</span>(path)")
			.contains("<span class=\"tok-str\">&quot;&quot;&quot;Reads\n it&quot;&quot;&quot;</span>")
			.contains("<span class=\"tok-com\"># why</span>")
			.contains("Select = <span class=\"tok-num\">1.5</span>");
	}

	@Test
	void javaAndScala() {
		assertThat(CodeHighlighter.toHtml("java", "public static int x = \"a\\\"b\".length(); // c"))
			.contains("<span class=\"tok-kw\">public</span>")
			.contains("<span class=\"tok-str\">&quot;a\\&quot;b&quot;</span>.<span class=\"tok-fn\">length</span>()")
			.contains("<span class=\"tok-com\">// c</span>");
		assertThat(CodeHighlighter.toHtml("scala", "val df = spark.read.parquet(\"s3://x\")"))
			.contains("<span class=\"tok-kw\">val</span> df")
			.contains("<span class=\"tok-fn\">parquet</span>");
	}

	@Test
	void everythingTypedIsEscapedAndNoOtherMarkupIsMade() {
		String html = CodeHighlighter.toHtml("sql", "select '<script>alert(1)</script>' <img src=x onerror=alert(1)>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").contains("&lt;img src=x onerror=");
		assertThat(html.replaceAll("<span class=\"tok-(kw|str|num|com|fn)\">|</span>", "")).doesNotContain("<");
	}

	@Test
	void anUnknownLanguageIsPlainEscapedText() {
		assertThat(CodeHighlighter.supports("rust")).isFalse();
		assertThat(CodeHighlighter.toHtml("rust", "fn main() { <b> }")).isEqualTo("fn main() { &lt;b&gt; }");
		assertThat(CodeHighlighter.canonicalName("PY")).contains("python");
	}

	@Test
	void anUnclosedStringOrCommentRunsToTheEndWithoutFailing() {
		assertThat(CodeHighlighter.toHtml("sql", "select 'open")).endsWith("<span class=\"tok-str\">&#39;open</span>");
		assertThat(CodeHighlighter.toHtml("java", "/* open")).isEqualTo("<span class=\"tok-com\">/* open</span>");
	}

}
