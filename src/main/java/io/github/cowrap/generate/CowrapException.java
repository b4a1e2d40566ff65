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

    public CowrapException(String message) {
        super(message);
        this.diagnostics = List.of();
    }

    public CowrapException(String message, Throwable cause) {
        super(message, cause);
        this.diagnostics = List.of();
    }

    public CowrapException(List<Diagnostic> diagnostics) {
        super(summary(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
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
