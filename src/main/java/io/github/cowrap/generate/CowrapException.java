package io.github.cowrap.generate;

import io.github.cowrap.model.Diagnostic;
import java.util.List;

/**
 * The user's input or configuration was rejected. The message says why, for people; the
 * diagnostics (empty for a configuration problem) say where, for tools.
 */
public final class CowrapException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;
    private final transient List<Diagnostic> warnings;

    public CowrapException(String message) {
        super(message);
        this.diagnostics = List.of();
        this.warnings = List.of();
    }

    public CowrapException(String message, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.of();
        this.warnings = List.of();
    }

    public CowrapException(List<Diagnostic> diagnostics) {
        this(diagnostics, List.of());
    }

    /**
     * @param diagnostics the errors that rejected the input
     * @param warnings the warnings the same run gave
     */
    public CowrapException(List<Diagnostic> diagnostics, List<Diagnostic> warnings) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
        this.warnings = List.copyOf(warnings);
    }

    /** The errors that rejected the input. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The warnings the rejected run gave beside its errors. */
    public List<Diagnostic> warnings() {
        return warnings;
    }

    /** The errors and then the warnings: what a caller reports. */
    public List<Diagnostic> all() {
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(warnings);
        return all;
    }

    /** The count without the list, for a caller that reports each diagnostic itself. */
    public String countSummary() {
        return diagnostics.size() + (diagnostics.size() == 1 ? " problem" : " problems")
                + " in the headers (listed above); nothing was written";
    }

    private static String summary(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        out.append(diagnostics.size()).append(diagnostics.size() == 1 ? " problem" : " problems")
                .append(" in the headers; nothing was written:");
        for (Diagnostic d : diagnostics) {
            out.append(System.lineSeparator()).append(d.format());
        }
        return out.toString();
    }
}
