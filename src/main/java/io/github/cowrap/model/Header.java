package io.github.cowrap.model;

import java.util.List;

/**
 * What one input header gave: its wrappers in source order and the findings about it.
 *
 * @param path the header's path as shown to users
 * @param wrappers the wrappers declared in it that passed every check
 * @param problems every rejected declaration in it: the errors, which fail the build
 * @param warnings what is reported without failing the build (a wrapper whose target is declared
 *     nowhere, under {@code targetCheck=warn})
 */
public record Header(String path, List<Wrapper> wrappers, List<Diagnostic> problems, List<Diagnostic> warnings) {

    public Header {
        wrappers = List.copyOf(wrappers);
        problems = List.copyOf(problems);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A header with no warnings. */
    public Header(String path, List<Wrapper> wrappers, List<Diagnostic> problems) {
        this(path, wrappers, problems, List.of());
    }
}
