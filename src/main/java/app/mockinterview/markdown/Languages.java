package app.mockinterview.markdown;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The languages code blocks are highlighted in, by the names a fence may give. */
final class Languages {

	static final Language SQL = new Language("sql", words("""
			select from where and or not in is null as join inner left right full outer cross on using group by
			order having limit offset fetch union all distinct insert into values update set delete create table
			view index drop alter add column primary key foreign references with recursive case when then else
			end exists between like ilike over partition rows range unbounded preceding following current row
			window qualify true false asc desc cast interval merge matched returning lateral filter within
			default constraint unique check if replace temporary temp materialized nulls first last except
			intersect any some truncate grant revoke begin commit rollback transaction explain analyze
			"""), true, List.of("--"), true, "'", false, false);

	static final Language PYTHON = new Language("python", words("""
			False None True and as assert async await break class continue def del elif else except finally for
			from global if import in is lambda nonlocal not or pass raise return try while with yield match case
			"""), false, List.of("#"), false, "'\"", true, true);

	static final Language JAVA = new Language("java", words("""
			abstract assert boolean break byte case catch char class const continue default do double else enum
			extends final finally float for goto if implements import instanceof int interface long native new
			package private protected public return short static strictfp super switch synchronized this throw
			throws transient try void volatile while var record yield sealed permits true false null
			"""), false, List.of("//"), true, "'\"", true, true);

	static final Language SCALA = new Language("scala", words("""
			abstract case catch class def do else extends false final finally for forSome if implicit import lazy
			match new null object override package private protected return sealed super this throw trait try
			true type val var while with yield given using enum then export extension
			"""), false, List.of("//"), true, "'\"", true, true);

	private static final Map<String, Language> BY_NAME = Map.of("sql", SQL, "postgresql", SQL, "python", PYTHON, "py",
			PYTHON, "pyspark", PYTHON, "java", JAVA, "scala", SCALA);

	private Languages() {
	}

	/** The language a fence names ({@code sql}, {@code py}, ...), if highlighted. */
	static Optional<Language> named(String name) {
		return Optional.ofNullable((name != null) ? BY_NAME.get(name.toLowerCase(Locale.ROOT)) : null);
	}

	private static Set<String> words(String text) {
		return Set.of(text.trim().split("\\s+"));
	}

}
