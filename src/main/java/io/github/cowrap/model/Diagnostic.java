package io.github.cowrap.model;

/**
 * A finding about the input: where, what is wrong, what to do (where there is one), and whether
 * it fails the build.
 *
 * @param location where the problem is
 * @param function the declared function concerned, or {@code null} when there is none
 * @param message what is wrong
 * @param hint what to do about it, or {@code null}
 * @param severity {@link Severity#ERROR} rejects the input; {@link Severity#WARNING} is reported
 *     and the build goes on
 */
public record Diagnostic(SourceLocation location, String function, String message, String hint, Severity severity) {

    /** Whether a diagnostic fails the build. */
    public enum Severity {
        ERROR("error"),
        WARNING("warning");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        /** The word the compilers' format uses: {@code error} or {@code warning}. */
        public String label() {
            return label;
        }
    }

    public Diagnostic {
        severity = severity == null ? Severity.ERROR : severity;
    }

    /** An error. */
    public Diagnostic(SourceLocation location, String function, String message, String hint) {
        this(location, function, message, hint, Severity.ERROR);
    }

    /** An error without a hint. */
    public static Diagnostic of(SourceLocation location, String function, String message) {
        return new Diagnostic(location, function, message, null, Severity.ERROR);
    }

    /** A warning. */
    public static Diagnostic warning(SourceLocation location, String function, String message, String hint) {
        return new Diagnostic(location, function, message, hint, Severity.WARNING);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same finding with another severity. */
    public Diagnostic withSeverity(Severity s) {
        return new Diagnostic(location, function, message, hint, s);
    }

    /** The compilers' format: {@code file:line:column: error: message [(hint)]}, or {@code warning:}. */
    public String format() {
        StringBuilder out = new StringBuilder();
        out.append(location).append(": ").append(severity.label()).append(": ");
        out.append(text());
        return out.toString();
    }

    /** The message without place and severity: {@code function: message [(hint)]}. */
    public String text() {
        StringBuilder out = new StringBuilder();
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
