package io.github.cowrap.parse;

import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.FunctionDeclaration;
import java.util.List;

/**
 * What the parser found in one header.
 *
 * @param path the header's path as shown to users
 * @param declarations the marked declarations that are well-formed, in source order
 * @param problems the marked or mark-like declarations that are not
 * @param functions every function declaration in the header (marked or not) and, where
 *     {@code #include}s are followed, in the files it includes, in source order: the candidates
 *     for the targets of wrappers
 */
public record ParsedHeader(String path, List<MarkedDeclaration> declarations, List<Diagnostic> problems,
        List<FunctionDeclaration> functions) {

    public ParsedHeader {
        declarations = List.copyOf(declarations);
        functions = List.copyOf(functions);
        problems = List.copyOf(problems);
    }
}
