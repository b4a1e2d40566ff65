package io.github.cowrap.generate;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.model.Direction;
import io.github.cowrap.model.Mark;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a run's output depends on, as digests: the tool, the effective configuration, the templates
 * and the bytes of every input; plus the digest of the output it produced. A run whose state equals
 * the previous successful run's state, and whose output still has the recorded digest, has nothing
 * to do: parsing and rendering are skipped.
 *
 * <p>Included files are not tracked: when {@code includePaths} is set, the headers' {@code
 * #include}s are resolved and what they bring in can change the result, so such a run is never
 * considered up to date ({@link #trackable()} is false).
 *
 * <p>Like make and git, the state also records each input's and the output's size, modification
 * time and file key: a file whose record is unchanged is not read again, its recorded digest
 * stands. An input modified less than {@link #SETTLE_MILLIS} before it was recorded gets no such
 * record (its modification time could still hide a change), so it is read next time.
 *
 * <p>The state is a small text file of {@code key=value} lines with no absolute paths, written
 * atomically after a successful run only. Immutable; safe to share.
 */
public final class BuildState {

    private static final String FORMAT = "cowrap-state 1";
    private static final String TOOL = "tool";
    private static final String CONFIG = "config";
    private static final String TEMPLATE = "template:";
    private static final String INPUT = "input:";
    private static final String OUTPUT = "output";
    private static final String STAT = "stat:";
    private static final String BUILT_IN = "io/github/cowrap/templates/";

    /** How long a file must have been left alone for its size and time to stand for its content. */
    static final long SETTLE_MILLIS = 2_000;

    /** Digests by key, in a fixed order: tool, config, templates, inputs, then output. */
    private final Map<String, String> entries;
    /** Size, modification time and file key of inputs and output, by the key of their digest. */
    private final Map<String, String> stats;
    private final boolean trackable;

    private BuildState(Map<String, String> entries, Map<String, String> stats, boolean trackable) {
        this.entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        this.stats = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stats));
        this.trackable = trackable;
    }

    /**
     * The state of a run about to happen: reads and digests every input and template.
     *
     * @param request the run's configuration
     * @param toolVersion the plugin's version; the tool's own code is digested too, so a rebuilt
     *     snapshot counts as a change
     */
    public static BuildState of(GenerationRequest request, String toolVersion) throws IOException {
        return of(request, toolVersion, null);
    }

    /**
     * The state of a run about to happen, reading only the inputs whose size, time or file key
     * differ from their record in {@code previous} (null: read them all).
     */
    public static BuildState of(GenerationRequest request, String toolVersion, BuildState previous)
            throws IOException {
        Map<String, String> e = new LinkedHashMap<>();
        Map<String, String> st = new LinkedHashMap<>();
        e.put(TOOL, digest(toolVersion + "\n" + codeStamp()));
        e.put(CONFIG, digest(configuration(request)));
        for (Map.Entry<String, byte[]> t : templates(request).entrySet()) {
            e.put(TEMPLATE + t.getKey(), digest(t.getValue()));
        }
        long now = System.currentTimeMillis();
        for (Path h : request.headers()) {
            String key = INPUT + request.display(h);
            e.put(key, cachedDigest(h, key, previous, st, now));
        }
        return new BuildState(e, st, request.includePaths().isEmpty());
    }

    /**
     * A file's digest: the recorded one when its size, time and file key are as recorded, else
     * read. Records what it finds in {@code stats} when the file has settled.
     */
    private static String cachedDigest(Path file, String key, BuildState previous, Map<String, String> stats,
            long now) throws IOException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException x) {
            return "missing";
        }
        // no "=" in it: the file's lines are key=value with the value after the last "="
        String stat = a.size() + ":" + a.lastModifiedTime().toMillis() + ":"
                + String.valueOf(a.fileKey()).replace('=', '-');
        String recorded = previous == null ? null : previous.entries.get(key);
        String digest = recorded != null && stat.equals(previous.stats.get(key)) ? recorded : null;
        if (digest == null) {
            try {
                digest = fileDigest(file);
            } catch (NoSuchFileException x) {
                return "missing";
            }
        }
        if (now - a.lastModifiedTime().toMillis() > SETTLE_MILLIS) {
            stats.put(key, stat);
        }
        return digest;
    }

    /**
     * This state with the digest of the output file as it is now; {@code previous} (may be null)
     * spares reading it when it is as that state recorded it (the run left it unchanged).
     */
    public BuildState withOutput(Path outputFile, BuildState previous) throws IOException {
        Map<String, String> e = new LinkedHashMap<>(entries);
        Map<String, String> st = new LinkedHashMap<>(stats);
        st.remove(OUTPUT);
        // recorded even when just written: this run wrote it, and knows its content
        e.put(OUTPUT, cachedDigest(outputFile, OUTPUT, previous, st, Long.MAX_VALUE));
        return new BuildState(e, st, trackable);
    }

    /** This state with the digest of the output file as it is now. */
    public BuildState withOutput(Path outputFile) throws IOException {
        return withOutput(outputFile, null);
    }

    /** Whether a run with this state can be skipped at all: false when included files would matter. */
    public boolean trackable() {
        return trackable;
    }

    /**
     * Why a run with this state must generate, given the previous successful run's state and the
     * output file; null when it need not (everything is as the previous run left it).
     */
    public String outdatedReason(BuildState previous, Path outputFile) throws IOException {
        if (!trackable) {
            return "includePaths is set and included files are not tracked";
        }
        if (previous == null) {
            return "no previous state";
        }
        if (!Objects.equals(entries.get(TOOL), previous.entries.get(TOOL))) {
            return "the plugin changed";
        }
        if (!Objects.equals(entries.get(CONFIG), previous.entries.get(CONFIG))) {
            return "the configuration changed";
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!e.getKey().equals(OUTPUT) && !e.getValue().equals(previous.entries.get(e.getKey()))) {
                changed.add(e.getKey().substring(e.getKey().indexOf(':') + 1));
            }
        }
        for (String key : previous.entries.keySet()) {
            if (!key.equals(OUTPUT) && !entries.containsKey(key)) {
                changed.add(key.substring(key.indexOf(':') + 1));
            }
        }
        if (!changed.isEmpty()) {
            return changed.size() == 1 ? changed.get(0) + " changed"
                    : changed.size() + " files changed (" + changed.get(0) + ", ...)";
        }
        String recorded = previous.entries.get(OUTPUT);
        if (recorded == null) {
            return "no output recorded";
        }
        String actual = cachedDigest(outputFile, OUTPUT, previous, new LinkedHashMap<>(), 0);
        if (actual.equals("missing")) {
            return "the output file is missing";
        }
        return recorded.equals(actual) ? null : "the output file was modified";
    }

    // ---- file -----------------------------------------------------------------------------

    /** Reads a state file; null when there is none or it is not one this version understands. */
    public static BuildState read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            return null;
        }
        Map<String, String> e = new LinkedHashMap<>();
        Map<String, String> st = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int eq = line.lastIndexOf('=');
            if (eq <= 0) {
                return null;
            }
            String key = line.substring(0, eq);
            if (key.startsWith(STAT)) {
                st.put(key.substring(STAT.length()), line.substring(eq + 1));
            } else {
                e.put(key, line.substring(eq + 1));
            }
        }
        return new BuildState(e, st, true);
    }

    /** Writes the state file atomically; unchanged content leaves it untouched. */
    public void write(Path file) throws IOException {
        OutputWriter.writeIfChanged(file, text().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The file's text: a format line, one {@code key=digest} line per entry, then one {@code
     * stat:key=size:millis:filekey} line per settled file.
     */
    public String text() {
        StringBuilder out = new StringBuilder(digests());
        stats.forEach((k, v) -> out.append(STAT).append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    /** The text without the file records: what the state says about content only. */
    public String digests() {
        StringBuilder out = new StringBuilder(FORMAT).append('\n');
        entries.forEach((k, v) -> out.append(k).append('=').append(v).append('\n'));
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BuildState s && s.entries.equals(entries) && s.stats.equals(stats)
                && s.trackable == trackable;
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }

    // ---- what is digested -----------------------------------------------------------------

    /**
     * The effective configuration as text: everything that changes the output besides the inputs'
     * bytes and the templates. Paths are shown relative to the base directory, so that moving the
     * checkout changes nothing.
     */
    static String configuration(GenerationRequest r) {
        Dialect d = r.dialect();
        StringBuilder out = new StringBuilder();
        line(out, "dialect", d.name());
        // spelled out: a record's toString is slow the first time (an invokedynamic bootstrap)
        StringBuilder marks = new StringBuilder();
        for (Mark m : d.marks().values()) {
            marks.append(m.name()).append('/').append(m.direction().id()).append('/').append(m.mixed())
                    .append('/').append(m.lock()).append(' ');
        }
        line(out, "marks", marks.toString());
        line(out, "lookalike", d.lookalike().pattern());
        line(out, "naming", d.naming().getClass().getName() + " " + d.naming().describe());
        line(out, "structNaming", d.structNaming().name());
        line(out, "dialectMacros", d.macros().toString());
        line(out, "rules", String.valueOf(d.rules().size()));
        line(out, "templateSet", d.templateSet());
        line(out, "headers", r.headers().stream().map(r::display).toList().toString());
        line(out, "output", r.outputFile() == null ? "" : r.display(r.outputFile()));
        line(out, "includes", r.effectiveIncludes().toString());
        line(out, "templateDirectory", r.templateDirectory() == null ? "" : r.display(r.templateDirectory()));
        line(out, "macros", r.macros().toString());
        line(out, "includePaths", r.includePaths().stream().map(r::display).toList().toString());
        line(out, "encoding", r.encoding().name());
        line(out, "coroutineAnnotation", String.valueOf(d.coroutineAnnotation()));
        line(out, "targetCheck", r.targetCheck().id());
        return out.toString();
    }

    private static void line(StringBuilder out, String key, String value) {
        out.append(key).append('=').append(value.replace("\n", "\\n")).append('\n');
    }

    /**
     * The templates a run may use, by name: the built-in ones of the dialect's set and the common
     * set, and every file of the template directory (a template may {@code #parse} another).
     */
    static Map<String, byte[]> templates(GenerationRequest r) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.add("header.vm");
        for (Direction dir : Direction.values()) {
            names.add(dir.id() + ".vm");
        }
        for (String set : List.of(r.dialect().templateSet(), "common")) {
            for (String name : names) {
                byte[] bytes = resource(BUILT_IN + set + "/" + name);
                if (bytes != null) {
                    out.put("built-in/" + set + "/" + name, bytes);
                }
            }
        }
        Path dir = r.templateDirectory();
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(dir)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                out.put(r.display(f), Files.readAllBytes(f));
            }
        }
        return out;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BuildState.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    /**
     * The size and time of the jar this code comes from (a rebuilt snapshot differs), or empty
     * when it runs from a directory.
     */
    private static String codeStamp() throws IOException {
        CodeSource source = BuildState.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "";
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(p)) {
                return "";
            }
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return a.size() + ":" + a.lastModifiedTime().toMillis();
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return "";
        }
    }

    // ---- digests --------------------------------------------------------------------------

    private static String fileDigest(Path file) throws IOException {
        MessageDigest md = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                md.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String digest(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
