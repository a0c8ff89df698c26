package app.mockinterview.question;

/**
 * What the content importer needs to know about a stored question to skip its file when
 * it did not change: no content, so that checking a large bank stays cheap.
 */
public record StoredQuestionFile(String id, String sourcePath, String contentHash, boolean active) {

}
