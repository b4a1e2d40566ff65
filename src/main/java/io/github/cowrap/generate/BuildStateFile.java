package io.github.cowrap.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The serialized form of a {@link BuildState}: a small UTF-8 text file, one {@code key=value}
 * line per digest, with no absolute path (the same project in another checkout has the same
 * state) and no time:
 *
 * <pre>
 * cowrap-state 2
 * tool=SHA256                      the plugin's version and jar (its built-in templates too)
 * config=SHA256                    the effective configuration
 * template:PATH=SHA256             each file of the template directory, relative to the project
 * input:PATH=SHA256|missing        each input header, relative to the project, in input order
 * output=SHA256                    the bytes the run rendered
 * </pre>
 *
 * <p>A value is the text after the last {@code =}; in names, {@code \} is written {@code \\}, a
 * newline {@code \n} and a carriage return {@code \r}. A file that does not start with the format
 * line, or has a line of another shape, is not a state: the run generates and writes a new one.
 * It is written only after a successful run, atomically, and only when its content changes.
 */
public final class BuildStateFile {

    static final String FORMAT = "cowrap-state 2";
    private static final String TOOL = "tool";
    private static final String CONFIG = "config";
    private static final String TEMPLATE = "template:";
    private static final String INPUT = "input:";
    private static final String OUTPUT = "output";

    private BuildStateFile() {}

    /** Reads a state file; null when there is none or it is not one this version understands. */
    public static BuildState read(Path file) throws IOException {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return null;
        } catch (java.nio.charset.MalformedInputException e) {
            return null;
        }
    }

    /** Writes the state file atomically; unchanged content leaves it untouched. */
    public static void write(Path file, BuildState state) throws IOException {
        OutputWriter.writeIfChanged(file, format(state).getBytes(StandardCharsets.UTF_8));
    }

    /** The file's text. */
    public static String format(BuildState s) {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        line(out, TOOL, s.tool());
        line(out, CONFIG, s.configuration());
        s.templates().forEach((k, v) -> line(out, TEMPLATE + escape(k), v));
        s.inputs().forEach((k, v) -> line(out, INPUT + escape(k), v));
        if (s.output() != null) {
            line(out, OUTPUT, s.output());
        }
        return out.toString();
    }

    /** The state a text holds; null when it is not one (another format, a malformed line). */
    public static BuildState parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length < 2 || !lines[0].equals(FORMAT) || !lines[lines.length - 1].isEmpty()) {
            return null;
        }
        String tool = null;
        String config = null;
        String output = null;
        Map<String, String> templates = new LinkedHashMap<>();
        Map<String, String> inputs = new LinkedHashMap<>();
        for (int i = 1; i < lines.length - 1; i++) {
            String line = lines[i];
            int eq = line.lastIndexOf('=');
            if (eq <= 0 || eq == line.length() - 1) {
                return null;
            }
            String key = line.substring(0, eq);
            String value = line.substring(eq + 1);
            if (key.equals(TOOL)) {
                tool = value;
            } else if (key.equals(CONFIG)) {
                config = value;
            } else if (key.equals(OUTPUT)) {
                output = value;
            } else if (key.startsWith(TEMPLATE)) {
                templates.put(unescape(key.substring(TEMPLATE.length())), value);
            } else if (key.startsWith(INPUT)) {
                inputs.put(unescape(key.substring(INPUT.length())), value);
            } else {
                return null;
            }
        }
        return tool == null || config == null ? null : new BuildState(tool, config, templates, inputs, output);
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(value).append('\n');
    }

    static String escape(String name) {
        return name.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\\' && i + 1 < name.length()) {
                char n = name.charAt(++i);
                out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
