package app.mockinterview.admin;

/**
 * The confirm step of a prep-document import: the document exactly as previewed (base64),
 * and its file name.
 */
record ConfirmImportForm(String document, String documentName) {

}
