package org.kring;

/**
 * A command that cannot run as it was asked to: a file or folder that is missing or of the wrong kind, an
 * option's value that cannot be used. Nothing was done; the message says what to change, in one line. The
 * command line prints it as {@code error: message} and exits with 2 (wrong usage), never as a Kring bug.
 */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
