package io.github.cowrap.model;

import java.util.List;

/**
 * A marked declaration that has passed every check: what a template needs to write a section.
 *
 * @param mark the mark on the declaration
 * @param name the wrapper's name: the declared function
 * @param target the function the wrapper calls
 * @param structName the name of the struct that packs the arguments
 * @param returnType the return type as written, white space collapsed, e.g. {@code BdrvChild *}
 * @param parameters the parameters in order; empty for {@code (void)} and {@code ()}
 * @param location where the wrapper's name is declared
 * @param targetDeclaration where the target is declared (its first declaration among the parsed
 *     files), or {@code null} when it is declared in none of them
 */
public record Wrapper(
        Mark mark,
        String name,
        String target,
        String structName,
        String returnType,
        List<Parameter> parameters,
        SourceLocation location,
        SourceLocation targetDeclaration) {

    public Wrapper {
        parameters = List.copyOf(parameters);
    }

    /** A wrapper whose target's declaration is not known. */
    public Wrapper(Mark mark, String name, String target, String structName, String returnType,
            List<Parameter> parameters, SourceLocation location) {
        this(mark, name, target, structName, returnType, parameters, location, null);
    }

    /** This wrapper with its target's declaration place. */
    public Wrapper withTargetDeclaration(SourceLocation where) {
        return new Wrapper(mark, name, target, structName, returnType, parameters, location, where);
    }

    /** Whether the target's declaration was found among the parsed files. */
    public boolean targetFound() {
        return targetDeclaration != null;
    }

    public boolean returnsVoid() {
        return "void".equals(returnType);
    }

    /**
     * Declares a variable of the return type: {@code int ret}, {@code BdrvChild *ret}.
     *
     * @param variable the variable's name
     */
    public String returnDeclaration(String variable) {
        return returnType.endsWith("*") ? returnType + variable : returnType + " " + variable;
    }

    /** The parameter list as declared, for the wrapper's own definition; {@code void} if none. */
    public String parameterList() {
        if (parameters.isEmpty()) {
            return "void";
        }
        StringBuilder out = new StringBuilder();
        for (Parameter p : parameters) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(p.declaration());
        }
        return out.toString();
    }

    /**
     * The arguments to pass each parameter on, each name preceded by {@code prefix}: {@code
     * arguments("s->")} gives {@code s->child, s->offset}.
     */
    public String arguments(String prefix) {
        StringBuilder out = new StringBuilder();
        for (Parameter p : parameters) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(prefix).append(p.name());
        }
        return out.toString();
    }
}
