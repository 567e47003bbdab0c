package org.kring.importer;

/** An import that cannot be done as asked: one line for the user, nothing written. */
public final class ImportException extends RuntimeException {
    public ImportException(String message) {
        super(message);
    }
}
