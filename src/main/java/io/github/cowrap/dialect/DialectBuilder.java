package io.github.cowrap.dialect;

import io.github.cowrap.model.CKeywords;
import io.github.cowrap.model.Direction;
import io.github.cowrap.model.Mark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Builds the dialect a run uses from its configuration: a built-in dialect by name, or a
 * user-defined one from its marks, naming rule and template directory. Maven's mojos and the
 * command line both go through here, so both accept and reject the same configurations.
 *
 * <p>A user-defined dialect has no built-in templates: every section template its marks need
 * ({@code co.vm}, {@code no_co.vm}) must be in the template directory; {@code header.vm} falls back
 * to the neutral built-in banner. It predefines no macros (annotation macros come from the
 * {@code macros} configuration) and has no default {@code #include}s.
 */
public final class DialectBuilder {

    /** The name of a user-defined dialect that is not given one. */
    public static final String CUSTOM = "custom";

    private static final Pattern IDENTIFIER = io.github.cowrap.model.CKeywords.IDENTIFIER;
    private static final Pattern IDENTIFIER_PART = Pattern.compile("[A-Za-z0-9_]*");
    private static final Pattern DIALECT_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    private DialectBuilder() {}

    /**
     * The dialect a run uses.
     *
     * @param name a built-in dialect's name; with marks, the name of the user-defined dialect (a
     *     built-in name or none gives {@value #CUSTOM})
     * @param marks the marks of a user-defined dialect; null or empty for a built-in one
     * @param naming the naming rule; null or empty for the dialect's own (QEMU's rule for a
     *     user-defined dialect)
     * @param templateDirectory the user's templates; required with marks
     */
    public static Dialect resolve(String name, List<MarkSpec> marks, NamingSpec naming, Path templateDirectory)
            throws InvalidDialectException {
        return resolve(name, marks, naming, null, templateDirectory);
    }

    /**
     * The dialect a run uses.
     *
     * @param coroutineAnnotation with marks, the annotation macro that declares a coroutine
     *     function (the target check requires it on a co wrapper's target and rejects it on a no_co
     *     wrapper's); null or blank for none. The built-in dialects use {@code coroutine_fn}.
     * @see #resolve(String, List, NamingSpec, Path)
     */
    public static Dialect resolve(String name, List<MarkSpec> marks, NamingSpec naming, String coroutineAnnotation,
            Path templateDirectory) throws InvalidDialectException {
        if (marks != null && !marks.isEmpty()) {
            return custom(name, marks, naming, coroutineAnnotation, templateDirectory);
        }
        if (coroutineAnnotation != null && !coroutineAnnotation.isBlank()) {
            throw new InvalidDialectException("coroutineAnnotation '" + coroutineAnnotation.strip() + "' goes with"
                    + " marks: the built-in dialects use " + Dialects.COROUTINE_FN);
        }
        String n = name == null || name.isBlank() ? Dialects.QEMU : name.strip();
        Dialect built = Dialects.find(n).orElseThrow(() -> new InvalidDialectException("unknown dialect '" + n
                + "'; the built-in dialects are " + String.join(", ", Dialects.names())
                + "; to define your own, declare its marks (and put its templates in the template directory)"));
        if (naming != null && naming.isAffix()) {
            built = built.withMarks(built.marks(), built.lookalike(), naming(naming));
        }
        return built;
    }

    /**
     * A user-defined dialect.
     *
     * @throws InvalidDialectException listing every problem: a mark name that is not a C
     *     identifier or is declared twice, an unknown direction, a mixed no_co mark, a lock that is
     *     not a name, a bad prefix or suffix, a missing template directory or template
     */
    public static Dialect custom(String name, List<MarkSpec> marks, NamingSpec naming, Path templateDirectory)
            throws InvalidDialectException {
        return custom(name, marks, naming, null, templateDirectory);
    }

    /**
     * A user-defined dialect whose coroutine functions carry {@code coroutineAnnotation} (null or
     * blank for none). The annotation is predefined for the parser as an empty macro (a definition
     * in {@code macros} takes precedence).
     */
    public static Dialect custom(String name, List<MarkSpec> marks, NamingSpec naming, String coroutineAnnotation,
            Path templateDirectory) throws InvalidDialectException {
        List<String> problems = new ArrayList<>();
        String annotation = coroutineAnnotation == null || coroutineAnnotation.isBlank() ? null
                : coroutineAnnotation.strip();
        if (annotation != null && (!IDENTIFIER.matcher(annotation).matches() || CKeywords.contains(annotation))) {
            problems.add("coroutineAnnotation '" + annotation + "' must be a C identifier that is not a keyword");
        }
        String dialectName = name == null || name.isBlank() || Dialects.find(name.strip()).isPresent()
                ? CUSTOM : name.strip();
        if (!DIALECT_NAME.matcher(dialectName).matches()) {
            problems.add("dialect name '" + dialectName + "' must be letters, digits, '_', '.' or '-'");
        }
        Map<String, Mark> table = new LinkedHashMap<>();
        if (marks == null || marks.isEmpty()) {
            problems.add("a user-defined dialect needs at least one mark");
        } else {
            for (int i = 0; i < marks.size(); i++) {
                Mark m = mark(marks.get(i), i + 1, problems);
                if (m != null && table.putIfAbsent(m.name(), m) != null) {
                    problems.add("mark '" + m.name() + "' is declared twice");
                }
            }
        }
        NamingRule rule = null;
        try {
            rule = naming == null || !naming.isAffix() ? NamingRule.subsystem() : naming(naming);
        } catch (InvalidDialectException e) {
            problems.addAll(e.problems());
        }
        problems.addAll(missingTemplates(table, templateDirectory));
        if (!problems.isEmpty()) {
            throw new InvalidDialectException(problems);
        }
        if (annotation != null && table.containsKey(annotation)) {
            problems.add("coroutineAnnotation '" + annotation + "' is also a mark");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDialectException(problems);
        }
        return new Dialect(dialectName, table, lookalike(table.keySet()), rule, Dialect.StructNaming.WRAPPER,
                List.of(), annotation == null ? List.of() : List.of(annotation), List.of(), CUSTOM, annotation);
    }

    /** A naming rule with a prefix and/or suffix. */
    public static NamingRule naming(NamingSpec spec) throws InvalidDialectException {
        String prefix = spec.getPrefix() == null ? "" : spec.getPrefix().strip();
        String suffix = spec.getSuffix() == null ? "" : spec.getSuffix().strip();
        List<String> problems = new ArrayList<>();
        if (!prefix.isEmpty() && !IDENTIFIER.matcher(prefix).matches()) {
            problems.add("naming prefix '" + prefix + "' must start a C identifier (letters, digits and '_',"
                    + " not starting with a digit)");
        }
        if (!IDENTIFIER_PART.matcher(suffix).matches()) {
            problems.add("naming suffix '" + suffix + "' must be letters, digits and '_'");
        }
        if (prefix.isEmpty() && suffix.isEmpty()) {
            problems.add("naming needs a prefix or a suffix");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDialectException(problems);
        }
        return NamingRule.affix(prefix, suffix);
    }

    private static Mark mark(MarkSpec spec, int index, List<String> problems) {
        if (spec == null) {
            problems.add("mark " + index + " is empty");
            return null;
        }
        String name = spec.getName() == null ? "" : spec.getName().strip();
        String what = name.isEmpty() ? "mark " + index : "mark '" + name + "'";
        int before = problems.size();
        if (name.isEmpty()) {
            problems.add(what + " has no name");
        } else if (!IDENTIFIER.matcher(name).matches()) {
            problems.add(what + ": a mark's name must be a C identifier (letters, digits and '_', not starting"
                    + " with a digit)");
        } else if (CKeywords.contains(name)) {
            problems.add(what + ": a mark's name must not be a C keyword");
        }
        Direction direction = null;
        String dir = spec.getDirection() == null ? "" : spec.getDirection().strip();
        try {
            direction = Direction.fromId(dir);
        } catch (IllegalArgumentException e) {
            problems.add(what + ": unknown direction '" + dir + "'; a mark's direction is co (an ordinary"
                    + " function that runs a coroutine function) or no_co (a coroutine function that runs an"
                    + " ordinary function)");
        }
        if (direction == Direction.NO_CO && spec.isMixed()) {
            problems.add(what + ": only co marks can be mixed");
        }
        String lock = spec.getLock() == null ? "" : spec.getLock().strip();
        if (!lock.isEmpty() && !IDENTIFIER.matcher(lock).matches()) {
            problems.add(what + ": lock '" + lock + "' must be a name (letters, digits and '_') that the"
                    + " templates interpret");
        }
        return problems.size() > before ? null : new Mark(name, direction, spec.isMixed(), lock);
    }

    /** The problems with the template directory for these marks. */
    private static List<String> missingTemplates(Map<String, Mark> marks, Path templateDirectory) {
        Map<Direction, List<String>> byDirection = new LinkedHashMap<>();
        marks.values().forEach(m -> byDirection.computeIfAbsent(m.direction(), d -> new ArrayList<>()).add(m.name()));
        if (byDirection.isEmpty()) {
            return List.of();
        }
        String needed = byDirection.entrySet().stream()
                .map(e -> e.getKey().id() + ".vm (for " + String.join(", ", e.getValue()) + ")")
                .collect(Collectors.joining(" and "));
        if (templateDirectory == null) {
            return List.of("a dialect declared with marks needs a template directory with its templates: "
                    + needed);
        }
        if (!Files.isDirectory(templateDirectory)) {
            return List.of("template directory " + templateDirectory + " is not a directory; it must hold "
                    + needed);
        }
        List<String> problems = new ArrayList<>();
        byDirection.forEach((direction, names) -> {
            Path t = templateDirectory.resolve(direction.id() + ".vm");
            if (!Files.isRegularFile(t)) {
                problems.add("missing template " + t + ": the " + direction.id() + " marks "
                        + String.join(", ", names) + " are rendered with " + direction.id() + ".vm");
            }
        });
        return problems;
    }

    /**
     * The identifiers reported as unknown marks: one of the marks' names followed by an underscore
     * and more, e.g. {@code TASK_BLOCKING_LOCKD} for a dialect with {@code TASK_BLOCKING}.
     */
    static Pattern lookalike(Iterable<String> marks) {
        Set<String> sorted = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length()
                : a.compareTo(b));
        marks.forEach(sorted::add);
        if (sorted.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?:" + sorted.stream().map(Pattern::quote).collect(Collectors.joining("|"))
                + ")_\\w+");
    }
}
