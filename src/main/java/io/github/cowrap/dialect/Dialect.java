package io.github.cowrap.dialect;

import io.github.cowrap.model.Mark;
import io.github.cowrap.model.Wrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A named pair: a table of marks and a set of templates, with the rules that go with them.
 *
 * @param name the dialect's name, e.g. {@code qemu}
 * @param marks the marks by name, in documentation order
 * @param lookalike identifiers that look like a mark of this dialect; one that is not a mark is
 *     reported as an unknown mark
 * @param naming how the target is derived from the wrapper's name
 * @param structNaming whether the argument struct is named after the wrapper or the target
 * @param defaultIncludes the {@code #include "..."} lines of the output unless configured
 * @param macros the annotation macros the dialect predefines for the parser, as {@code NAME} or
 *     {@code NAME(a, b)} (empty) or {@code NAME=VALUE}
 * @param rules extra checks on a wrapper; each returns the problem or {@code null}
 * @param templateSet the folder of the built-in templates
 * @param coroutineAnnotation the annotation macro that declares a coroutine function ({@code
 *     coroutine_fn} in QEMU): a co wrapper's target must carry it and a no_co wrapper's target
 *     must not; null when the dialect has none, and the annotation is not checked
 */
public record Dialect(
        String name,
        Map<String, Mark> marks,
        Pattern lookalike,
        NamingRule naming,
        StructNaming structNaming,
        List<String> defaultIncludes,
        List<String> macros,
        List<Function<Wrapper, String>> rules,
        String templateSet,
        String coroutineAnnotation) {

    public Dialect {
        coroutineAnnotation = coroutineAnnotation == null || coroutineAnnotation.isBlank() ? null
                : coroutineAnnotation.strip();
        marks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        defaultIncludes = List.copyOf(defaultIncludes);
        macros = List.copyOf(macros);
        rules = List.copyOf(rules);
    }

    /** How the struct that packs the arguments is named. */
    public enum StructNaming {
        /** CamelCase of the wrapper's name: {@code bdrv_pwrite} gives {@code BdrvPwrite}. */
        WRAPPER,
        /** CamelCase of the target's name: {@code bdrv_co_pread} gives {@code BdrvCoPread}. */
        TARGET;

        public String structName(String wrapper, String target) {
            return camel(this == WRAPPER ? wrapper : target);
        }

        /** {@code some_function_name} to {@code SomeFunctionName}; empty words are dropped. */
        public static String camel(String snake) {
            StringBuilder out = new StringBuilder(snake.length());
            for (String word : snake.split("_")) {
                if (!word.isEmpty()) {
                    out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                }
            }
            return out.toString();
        }
    }

    public static Map<String, Mark> markTable(Mark... marks) {
        Map<String, Mark> table = new LinkedHashMap<>();
        for (Mark m : marks) {
            if (table.put(m.name(), m) != null) {
                throw new IllegalArgumentException("mark '" + m.name() + "' declared twice");
            }
        }
        return table;
    }

    /** A copy of this dialect with other marks and naming, for user-defined dialects. */
    public Dialect withMarks(Map<String, Mark> newMarks, Pattern newLookalike, NamingRule newNaming) {
        return new Dialect(name, newMarks, newLookalike, newNaming, structNaming, defaultIncludes, macros, rules,
                templateSet, coroutineAnnotation);
    }
}
