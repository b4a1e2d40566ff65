package io.github.cowrap.dialect;

import java.util.List;

/** A dialect configuration that cannot be used; the message lists every problem found. */
public final class InvalidDialectException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidDialectException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public InvalidDialectException(String problem) {
        this(List.of(problem));
    }

    /** Each problem, one sentence each. */
    public List<String> problems() {
        return problems;
    }
}
