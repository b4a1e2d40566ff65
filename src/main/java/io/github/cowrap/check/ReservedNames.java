package io.github.cowrap.check;

import io.github.cowrap.model.Direction;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The names a wrapper's parameters may not take: what its section template declares or calls
 * where the parameters are in scope ({@link TemplateNames}), and per wrapper its struct's name,
 * its target and its helper functions.
 */
public final class ReservedNames {

    private final Map<Direction, TemplateNames> byDirection;

    public ReservedNames(Map<Direction, TemplateNames> byDirection) {
        this.byDirection = new EnumMap<>(byDirection);
    }

    /** The names of the templates a run renders with. */
    public static ReservedNames of(String templateSet, Path templateDirectory) {
        Map<Direction, TemplateNames> m = new EnumMap<>(Direction.class);
        for (Direction d : Direction.values()) {
            m.put(d, TemplateNames.of(templateSet, templateDirectory, d));
        }
        return new ReservedNames(m);
    }

    public TemplateNames template(Direction d) {
        return byDirection.get(d);
    }

    /**
     * Every reserved name of one wrapper, with what it is in the generated code.
     *
     * @param returnsValue whether the wrapper returns a value (the result members exist)
     */
    public Map<String, String> of(Direction d, String structName, String target, boolean returnsValue) {
        TemplateNames t = byDirection.get(d);
        Map<String, String> out = new LinkedHashMap<>();
        t.calls().forEach(n -> out.put(n, "a function the generated code calls"));
        t.suffixes().forEach(s -> out.put(target + s, "the generated helper function"));
        out.put(target, "the target, which the generated code calls");
        out.put(structName, "the name of the generated struct");
        t.members().forEach(n -> out.put(n, "a member of the generated struct"));
        if (returnsValue) {
            t.resultMembers().forEach(n -> out.put(n, "a member of the generated struct"));
        }
        t.locals().forEach(n -> out.put(n, "a local variable of the generated wrapper"));
        return out;
    }
}
