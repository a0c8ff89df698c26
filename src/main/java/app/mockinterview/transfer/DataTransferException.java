package app.mockinterview.transfer;

/** A file that cannot be exported or imported, with a message for the operator. */
class DataTransferException extends RuntimeException {

	DataTransferException(String message) {
		super(message);
	}

	DataTransferException(String message, Throwable cause) {
		super(message, cause);
	}

}
