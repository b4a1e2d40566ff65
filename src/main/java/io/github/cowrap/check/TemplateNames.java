package io.github.cowrap.check;

import io.github.cowrap.model.Direction;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a section template declares or calls where a wrapper's parameters are in scope, as the
 * template states it in the file beside it ({@code co.names} beside {@code co.vm}): the
 * parameter-name check rejects exactly these names, plus the ones each wrapper adds (its struct's
 * name, its target, and the target followed by each helper suffix).
 *
 * <p>The file is a properties file whose values are lists of names separated by commas or blanks:
 *
 * <pre>
 * members        = poll_state     # members of the struct, beside one per parameter
 * result-members = ret            # members only present when the wrapper returns a value
 * locals         = s              # the wrapper function's own variables
 * suffixes       = _entry         # helper functions: the target's name followed by the suffix
 * calls          = bdrv_poll_co, aio_wait_kick   # functions and macros the section calls
 * </pre>
 *
 * <p>Names that are only a helper function's own parameters or locals (the entry function's
 * {@code opaque}) are not listed: a wrapper's parameter never meets them.
 *
 * @param source where these names were read, for messages ({@code qemu/co.names}, a user file,
 *     or {@code default})
 * @param members the struct members the template declares beside the parameters
 * @param resultMembers the members declared only for a wrapper that returns a value
 * @param locals the wrapper function's locals
 * @param suffixes the helper functions' suffixes after the target's name
 * @param calls the functions and macros the section calls
 */
public record TemplateNames(String source, Set<String> members, Set<String> resultMembers, Set<String> locals,
        Set<String> suffixes, Set<String> calls) {

    /** The file beside a template: {@code co.vm} gives {@code co.names}. */
    public static final String SUFFIX = ".names";

    private static final String BUILT_IN = "io/github/cowrap/templates/";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern SUFFIX_PATTERN = Pattern.compile("[A-Za-z0-9_]+");
    private static final Set<String> KEYS = Set.of("members", "result-members", "locals", "suffixes", "calls");

    public TemplateNames {
        members = Set.copyOf(members);
        resultMembers = Set.copyOf(resultMembers);
        locals = Set.copyOf(locals);
        suffixes = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(suffixes));
        calls = Set.copyOf(calls);
    }

    /**
     * The names for a user template that states none and replaces no built-in one: what the
     * built-in templates of that direction declare (a struct with {@code poll_state} or {@code co}
     * and {@code ret}, a local {@code s}, the helper {@code TARGET_entry} or {@code TARGET_bh}),
     * and no calls.
     */
    public static TemplateNames defaults(Direction direction) {
        return new TemplateNames("default", Set.of(direction == Direction.CO ? "poll_state" : "co"), Set.of("ret"),
                Set.of("s"), Set.of(direction == Direction.CO ? "_entry" : "_bh"), Set.of());
    }

    /**
     * The names of the template a direction's sections are rendered with: the user's in {@code
     * templateDirectory} with its own names file; a user template without one takes the names of
     * the built-in template it replaces, or {@link #defaults}.
     *
     * @param templateSet the dialect's folder of built-in templates
     * @param templateDirectory the user's templates, or null
     * @throws IllegalArgumentException for a names file that cannot be read or is malformed
     */
    public static TemplateNames of(String templateSet, Path templateDirectory, Direction direction) {
        String template = direction.id() + ".vm";
        String names = direction.id() + SUFFIX;
        if (templateDirectory != null) {
            Path file = templateDirectory.resolve(names);
            if (Files.isRegularFile(file)) {
                try {
                    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
                }
            }
        }
        String builtIn = BUILT_IN + templateSet + "/" + names;
        try (InputStream in = TemplateNames.class.getClassLoader().getResourceAsStream(builtIn)) {
            if (in != null) {
                return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), templateSet + "/" + names);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean userTemplate = templateDirectory != null && Files.isRegularFile(templateDirectory.resolve(template));
        if (!userTemplate && BUILT_IN_TEMPLATE_EXISTS.test(BUILT_IN + templateSet + "/" + template)) {
            throw new IllegalStateException("built-in template " + templateSet + "/" + template + " has no "
                    + names + " beside it");
        }
        return defaults(direction);
    }

    private static final java.util.function.Predicate<String> BUILT_IN_TEMPLATE_EXISTS =
            r -> TemplateNames.class.getClassLoader().getResource(r) != null;

    /**
     * Reads a names file.
     *
     * @param where the file, for messages
     * @throws IllegalArgumentException naming the file and the bad key or name
     */
    public static TemplateNames parse(String text, String where) {
        Properties p = new Properties();
        try (Reader r = new StringReader(text)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
        List<String> problems = new ArrayList<>();
        for (String key : p.stringPropertyNames()) {
            if (!KEYS.contains(key)) {
                problems.add("unknown key '" + key + "' (expected " + String.join(", ", List.of("members",
                        "result-members", "locals", "suffixes", "calls")) + ")");
            }
        }
        Set<String> members = list(p, "members", IDENTIFIER, problems);
        Set<String> result = list(p, "result-members", IDENTIFIER, problems);
        Set<String> locals = list(p, "locals", IDENTIFIER, problems);
        Set<String> suffixes = list(p, "suffixes", SUFFIX_PATTERN, problems);
        Set<String> calls = list(p, "calls", IDENTIFIER, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("template names file " + where + ": " + String.join("; ", problems));
        }
        return new TemplateNames(where, members, result, locals, suffixes, calls);
    }

    private static Set<String> list(Properties p, String key, Pattern valid, List<String> problems) {
        Set<String> out = new LinkedHashSet<>();
        String value = p.getProperty(key);
        if (value == null) {
            return out;
        }
        for (String name : value.split("[,\\s]+")) {
            if (name.isEmpty()) {
                continue;
            }
            if (!valid.matcher(name).matches()) {
                problems.add(key + ": '" + name + "' is not " + (valid == IDENTIFIER ? "a C identifier"
                        : "letters, digits and '_'"));
            }
            out.add(name);
        }
        return out;
    }
}
