package io.github.cowrap.model;

import java.util.List;

/**
 * What one input header gave: its wrappers in source order and the problems found in it.
 *
 * @param path the header's path as shown to users
 * @param wrappers the wrappers declared in it that passed every check
 * @param problems every rejected declaration in it
 */
public record Header(String path, List<Wrapper> wrappers, List<Diagnostic> problems) {

    public Header {
        wrappers = List.copyOf(wrappers);
        problems = List.copyOf(problems);
    }
}
