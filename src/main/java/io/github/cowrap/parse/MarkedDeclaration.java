package io.github.cowrap.parse;

import io.github.cowrap.model.FunctionDeclaration;
import io.github.cowrap.model.Mark;
import io.github.cowrap.model.Parameter;
import io.github.cowrap.model.SourceLocation;
import java.util.List;

/**
 * A well-formed function declaration that carries a mark, as the parser found it: nothing is
 * checked yet but its shape.
 *
 * @param mark the mark
 * @param name the declared function's name
 * @param location where the name is
 * @param returnType the return type as written, white space normalized
 * @param parameters the parameters in order
 * @param parameterLocations where each parameter is, in the same order
 * @param function the same declaration in the form every function declaration has, for
 *     comparing it with its target's
 */
public record MarkedDeclaration(
        Mark mark,
        String name,
        SourceLocation location,
        String returnType,
        List<Parameter> parameters,
        List<SourceLocation> parameterLocations,
        FunctionDeclaration function) {

    public MarkedDeclaration {
        parameters = List.copyOf(parameters);
        parameterLocations = List.copyOf(parameterLocations);
    }

    /** The mark, return type and parameter types: what must agree when a wrapper is declared twice. */
    public String signature() {
        StringBuilder out = new StringBuilder();
        out.append(mark.name()).append(' ').append(returnType).append(' ').append(name).append('(');
        for (int i = 0; i < parameters.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(parameters.get(i).type());
        }
        return out.append(')').toString();
    }
}
