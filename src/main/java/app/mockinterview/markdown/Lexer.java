package app.mockinterview.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits code into tokens with one forward pass: comments, strings, numbers, keywords and
 * function names (a word followed by an opening parenthesis). Never fails: what it does
 * not recognise is plain text.
 */
final class Lexer {

	private final Language language;

	private final String code;

	private final List<Token> tokens = new ArrayList<>();

	private final StringBuilder plain = new StringBuilder();

	private int at;

	private Lexer(Language language, String code) {
		this.language = language;
		this.code = code;
	}

	static List<Token> tokens(Language language, String code) {
		Lexer lexer = new Lexer(language, code);
		lexer.run();
		return lexer.tokens;
	}

	private void run() {
		while (this.at < this.code.length()) {
			char c = this.code.charAt(this.at);
			if (lineComment()) {
				int end = this.code.indexOf('\n', this.at);
				emit(TokenKind.COMMENT, (end < 0) ? this.code.length() : end);
			}
			else if (this.language.blockComments() && this.code.startsWith("/*", this.at)) {
				int end = this.code.indexOf("*/", this.at + 2);
				emit(TokenKind.COMMENT, (end < 0) ? this.code.length() : end + 2);
			}
			else if (this.language.quotes().indexOf(c) >= 0) {
				emit(TokenKind.STRING, stringEnd(c));
			}
			else if (Character.isDigit(c) && !wordBefore()) {
				int end = this.at + 1;
				while (end < this.code.length() && (Character.isLetterOrDigit(this.code.charAt(end))
						|| this.code.charAt(end) == '_' || (this.code.charAt(end) == '.' && end + 1 < this.code.length()
								&& Character.isDigit(this.code.charAt(end + 1))))) {
					end++;
				}
				emit(TokenKind.NUMBER, end);
			}
			else if (Character.isLetter(c) || c == '_' || c == '$') {
				int end = this.at + 1;
				while (end < this.code.length() && (Character.isLetterOrDigit(this.code.charAt(end))
						|| this.code.charAt(end) == '_' || this.code.charAt(end) == '$')) {
					end++;
				}
				String word = this.code.substring(this.at, end);
				if (this.language.isKeyword(word)) {
					emit(TokenKind.KEYWORD, end);
				}
				else if (followedByParenthesis(end)) {
					emit(TokenKind.FUNCTION, end);
				}
				else {
					this.plain.append(word);
					this.at = end;
				}
			}
			else {
				this.plain.append(c);
				this.at++;
			}
		}
		flushPlain();
	}

	private boolean lineComment() {
		for (String start : this.language.lineComments()) {
			if (this.code.startsWith(start, this.at)) {
				return true;
			}
		}
		return false;
	}

	private boolean wordBefore() {
		return this.at > 0
				&& (Character.isLetterOrDigit(this.code.charAt(this.at - 1)) || this.code.charAt(this.at - 1) == '_');
	}

	private boolean followedByParenthesis(int end) {
		int i = end;
		while (i < this.code.length() && this.code.charAt(i) == ' ') {
			i++;
		}
		return i < this.code.length() && this.code.charAt(i) == '(';
	}

	/** Where the string opened here ends (after its closing quote, or at the end). */
	private int stringEnd(char quote) {
		String triple = String.valueOf(quote).repeat(3);
		if (this.language.tripleQuotes() && this.code.startsWith(triple, this.at)) {
			int end = this.code.indexOf(triple, this.at + 3);
			return (end < 0) ? this.code.length() : end + 3;
		}
		int i = this.at + 1;
		while (i < this.code.length()) {
			char c = this.code.charAt(i);
			if (c == '\\' && this.language.backslashEscapes()) {
				i += 2;
				continue;
			}
			if (c == quote) {
				// SQL doubles a quote to escape it.
				if (!this.language.backslashEscapes() && i + 1 < this.code.length()
						&& this.code.charAt(i + 1) == quote) {
					i += 2;
					continue;
				}
				return i + 1;
			}
			if (c == '\n' && this.language.backslashEscapes()) {
				// An unclosed one-line string ends with its line.
				return i;
			}
			i++;
		}
		return this.code.length();
	}

	private void emit(TokenKind kind, int end) {
		flushPlain();
		int stop = Math.min(Math.max(end, this.at + 1), this.code.length());
		this.tokens.add(new Token(kind, this.code.substring(this.at, stop)));
		this.at = stop;
	}

	private void flushPlain() {
		if (!this.plain.isEmpty()) {
			this.tokens.add(new Token(TokenKind.PLAIN, this.plain.toString()));
			this.plain.setLength(0);
		}
	}

}
