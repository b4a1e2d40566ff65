package io.github.cowrap.parse;

import io.github.cowrap.model.Diagnostic;
import java.util.List;

/**
 * What the parser found in one header.
 *
 * @param path the header's path as shown to users
 * @param declarations the marked declarations that are well-formed, in source order
 * @param problems the marked or mark-like declarations that are not
 */
public record ParsedHeader(String path, List<MarkedDeclaration> declarations, List<Diagnostic> problems) {

    public ParsedHeader {
        declarations = List.copyOf(declarations);
        problems = List.copyOf(problems);
    }
}
