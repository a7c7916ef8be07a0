package io.salesim.cli;

/**
 * A command failed while running for a reason the user can act on (the disk is full, a folder
 * cannot be written): printed as one plain line, {@code salesim: <message>}, exit code 1.
 */
final class CommandFailure extends RuntimeException {
    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
