package io.github.cowrap.render;

import io.github.cowrap.model.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one home of the template file names: which files the plugin renders with, where the built-in
 * ones are, and which files of a template directory it can never use. Loads no template engine
 * (the up-to-date check uses it).
 */
public final class TemplateFiles {

    /** The template for the top of the file. */
    public static final String HEADER = "header.vm";

    /** Where the built-in templates are on the class path: {@code BUILT_IN + set + "/" + name}. */
    public static final String BUILT_IN = "io/github/cowrap/templates/";

    /** The built-in set a dialect's set falls back to. */
    public static final String COMMON = "common";

    private static final String EXTENSION = ".vm";

    private TemplateFiles() {}

    /** The template a section of this direction is rendered with: {@code co.vm} or {@code no_co.vm}. */
    public static String section(Direction d) {
        return d.id() + EXTENSION;
    }

    /** Every name the plugin renders with, in a fixed order. */
    public static List<String> used() {
        List<String> names = new ArrayList<>();
        names.add(HEADER);
        for (Direction d : Direction.values()) {
            names.add(section(d));
        }
        return names;
    }

    /**
     * The problems with a template directory's files (by name relative to it, with '/'): a {@code
     * .vm} file that the plugin never renders with and that no other template there names (so no
     * {@code #parse} can reach it) is a mistake, e.g. {@code co_wrapper.vm} for {@code co.vm};
     * so is a directory without any of the names the plugin uses. Files that are not templates
     * (notes, metadata) are left alone.
     *
     * @param directoryShown the directory as the user configured it, for the messages
     */
    public static List<String> problems(String directoryShown, Map<String, byte[]> files) {
        List<String> used = used();
        String expected = String.join(", ", used);
        List<String> problems = new ArrayList<>();
        // a names file beside a used template's name (co.names) is read by the checks, even alone
        boolean any = files.keySet().stream().anyMatch(f -> used.contains(f)
                || f.endsWith(".names") && used.contains(f.substring(0, f.length() - ".names".length()) + EXTENSION));
        List<String> unused = new ArrayList<>();
        for (String name : files.keySet()) {
            if (name.endsWith(EXTENSION) && !used.contains(name) && !namedByAnother(name, files)) {
                unused.add(name);
            }
        }
        for (String name : unused) {
            problems.add("template directory " + directoryShown + ": " + name + " is not a template name the"
                    + " plugin uses (" + expected + ") and no template there #parses it; rename it to the"
                    + " template it should replace, or remove it");
        }
        if (!any && unused.isEmpty()) {
            problems.add("template directory " + directoryShown + " holds none of the templates the plugin uses ("
                    + expected + ")" + (files.isEmpty() ? "; it is empty" : "; found " + String.join(", ",
                            files.keySet().stream().limit(5).toList()) + (files.size() > 5 ? ", ..." : ""))
                    + "; put the templates to replace there, or remove the setting");
        }
        return problems;
    }

    private static boolean namedByAnother(String name, Map<String, byte[]> files) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            if (!f.getKey().equals(name) && f.getKey().endsWith(EXTENSION)
                    && new String(f.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains(base)) {
                return true;
            }
        }
        return false;
    }
}
