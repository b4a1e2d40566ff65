package io.github.cowrap.model;

/**
 * A place in an input file: the path as shown to users (relative to the project where possible),
 * a 1-based line and a 1-based column.
 */
public record SourceLocation(String file, int line, int column) {

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
