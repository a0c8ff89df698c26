package app.mockinterview.browser;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker, run in this JVM (no network): the same checks as the W3C's online
 * validator. The schema is loaded once and reused for every page.
 */
final class HtmlChecker {

	private static HtmlChecker instance;

	private final SimpleDocumentValidator validator;

	private final List<String> errors = new ArrayList<>();

	private HtmlChecker() throws Exception {
		ErrorHandler handler = new ErrorHandler() {

			@Override
			public void warning(SAXParseException ex) {
				// Warnings are advice (e.g. language detection), not errors.
			}

			@Override
			public void error(SAXParseException ex) {
				HtmlChecker.this.errors.add(describe(ex));
			}

			@Override
			public void fatalError(SAXParseException ex) {
				HtmlChecker.this.errors.add(describe(ex));
			}

		};
		this.validator = new SimpleDocumentValidator(true, false, true);
		this.validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
		this.validator.setUpValidatorAndParsers(handler, true, false);
	}

	static synchronized List<String> errors(String html) {
		try {
			if (instance == null) {
				instance = new HtmlChecker();
			}
			instance.errors.clear();
			instance.validator.checkHtmlInputSource(new InputSource(new StringReader(html)));
			return List.copyOf(instance.errors);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The Nu Html Checker could not run", ex);
		}
	}

	private static String describe(SAXParseException ex) {
		return "line " + ex.getLineNumber() + ":" + ex.getColumnNumber() + ": " + ex.getMessage();
	}

}
