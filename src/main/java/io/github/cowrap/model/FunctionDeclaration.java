package io.github.cowrap.model;

import java.util.List;
import java.util.Set;

/**
 * One function declaration the parser found, marked or not: what the target check compares a
 * wrapper with. Types are in their comparison form (see {@link #parameterTypes}).
 *
 * @param name the function's name
 * @param location where the name is (in an included file, that file's path as shown to users)
 * @param returnType the return type as C sees it, in the same form as the parameter types
 * @param parameterTypes each parameter's type as C sees it, names left out: macros expanded,
 *     array and function parameters adjusted to the pointers they decay to (also through typedefs
 *     the parsed files declare), attributes dropped, qualifiers in one order and white space in
 *     one spelling, so that {@code const char *} and {@code char const*} are the same string;
 *     typedef names are kept as names. Empty for {@code (void)} and {@code ()}.
 * @param annotations the annotation macros written on the declaration (for example {@code
 *     coroutine_fn}, {@code GRAPH_RDLOCK}), marks excluded, in source order without repeats
 * @param variadic whether the parameter list ends with {@code ...}
 */
public record FunctionDeclaration(
        String name,
        SourceLocation location,
        String returnType,
        List<String> parameterTypes,
        Set<String> annotations,
        boolean variadic) {

    public FunctionDeclaration {
        parameterTypes = List.copyOf(parameterTypes);
        annotations = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(annotations));
    }
}
