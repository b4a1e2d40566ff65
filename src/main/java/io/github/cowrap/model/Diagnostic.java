package io.github.cowrap.model;

/**
 * A rejected input: where, what is wrong, and (where there is one) what to do.
 *
 * @param location where the problem is
 * @param function the declared function concerned, or {@code null} when there is none
 * @param message what is wrong
 * @param hint what to do about it, or {@code null}
 */
public record Diagnostic(SourceLocation location, String function, String message, String hint) {

    public static Diagnostic of(SourceLocation location, String function, String message) {
        return new Diagnostic(location, function, message, null);
    }

    /** The compilers' format: {@code file:line:column: error: message [(hint)]}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(location).append(": error: ");
        if (function != null) {
            out.append(function).append(": ");
        }
        out.append(message);
        if (hint != null) {
            out.append(" (").append(hint).append(')');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
