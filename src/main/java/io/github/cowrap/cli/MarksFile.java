package io.github.cowrap.cli;

import io.github.cowrap.dialect.MarkSpec;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's way to declare the marks of a user-defined dialect: one mark a line,
 *
 * <pre>
 * # NAME       DIRECTION  [mixed]  [lock=NAME]
 * TASK_BLOCKING        co
 * TASK_BLOCKING_MIXED  co     mixed
 * TASK_DEFERRED_LOCKED no_co  lock=store
 * </pre>
 *
 * <p>Words are separated by white space; {@code #} starts a comment; blank lines are ignored. The
 * words are only split here: {@link io.github.cowrap.dialect.DialectBuilder} checks the marks.
 */
final class MarksFile {

    private static final Pattern WORD = Pattern.compile("\\S+");

    private MarksFile() {}

    /** A malformed line; the diagnostics say where. */
    static final class MalformedException extends Exception {
        private static final long serialVersionUID = 1L;

        private final transient List<Diagnostic> diagnostics;

        MalformedException(List<Diagnostic> diagnostics) {
            super(diagnostics.get(0).format());
            this.diagnostics = List.copyOf(diagnostics);
        }

        List<Diagnostic> diagnostics() {
            return diagnostics;
        }
    }

    /** Reads a marks file. */
    static List<MarkSpec> read(Path file, String displayPath) throws IOException, MalformedException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<MarkSpec> marks = new ArrayList<>();
        List<Diagnostic> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            MarkSpec m = parse(lines.get(i), displayPath, i + 1, problems);
            if (m != null) {
                marks.add(m);
            }
        }
        if (!problems.isEmpty()) {
            throw new MalformedException(problems);
        }
        return marks;
    }

    /** Parses one line, e.g. from {@code --mark}. */
    static MarkSpec parseLine(String line, String where) throws MalformedException {
        List<Diagnostic> problems = new ArrayList<>();
        MarkSpec m = parse(line, where, 1, problems);
        if (!problems.isEmpty()) {
            throw new MalformedException(problems);
        }
        if (m == null) {
            throw new MalformedException(List.of(Diagnostic.of(new SourceLocation(where, 1, 1), null,
                    "empty mark; expected NAME co|no_co [mixed] [lock=NAME]")));
        }
        return m;
    }

    private static MarkSpec parse(String line, String file, int lineNumber, List<Diagnostic> problems) {
        int hash = line.indexOf('#');
        String text = hash < 0 ? line : line.substring(0, hash);
        Matcher w = WORD.matcher(text);
        if (!w.find()) {
            return null;
        }
        MarkSpec mark = new MarkSpec(w.group(), null, false, null);
        if (!w.find()) {
            problems.add(Diagnostic.of(new SourceLocation(file, lineNumber, text.stripTrailing().length() + 1),
                    null, "mark '" + mark.getName() + "' has no direction; expected NAME co|no_co [mixed]"
                            + " [lock=NAME]"));
            return null;
        }
        mark.setDirection(w.group());
        while (w.find()) {
            String word = w.group();
            if (word.equals("mixed")) {
                mark.setMixed(true);
            } else if (word.startsWith("lock=")) {
                mark.setLock(word.substring("lock=".length()));
            } else {
                problems.add(Diagnostic.of(new SourceLocation(file, lineNumber, w.start() + 1), null,
                        "unexpected '" + word + "'; after the direction only 'mixed' and 'lock=NAME' may follow"));
                return null;
            }
        }
        return mark;
    }
}
