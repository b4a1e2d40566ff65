package io.github.cowrap.generate;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.model.Mark;
import io.github.cowrap.render.TemplateFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one run's output was made from, as SHA-256 digests of content, and the digest of the
 * bytes it rendered: the data of the up-to-date check. Nothing but content counts: no
 * modification times, sizes or file identities, so an edit that keeps them (an in-place write
 * with the old time restored) is still seen. {@link BuildStateFile} reads and writes it; {@link
 * IncrementalRun} decides with it.
 *
 * @param tool the plugin: its version and the bytes of the jar its code was loaded from (built-in
 *     templates included)
 * @param configuration the effective configuration ({@link #configuration(GenerationRequest)})
 * @param templates each file of the template directory, by its path relative to the project
 * @param inputs each input header by its path relative to the project, in input order; {@code
 *     missing} for one that could not be read
 * @param output the digest of the bytes the run rendered, or null before it has run
 */
public record BuildState(String tool, String configuration, Map<String, String> templates,
        Map<String, String> inputs, String output) {

    /** The digest recorded for an input that could not be read. */
    static final String MISSING = "missing";

    public BuildState {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(configuration, "configuration");
        templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
    }

    /**
     * The state of a run about to happen, from the bytes it has read.
     *
     * @param request the run's configuration
     * @param sources the inputs and templates as the run read them (and will parse and render)
     * @param toolVersion the plugin's version
     */
    public static BuildState of(GenerationRequest request, Sources sources, String toolVersion) throws IOException {
        // the built-in templates are part of the tool's digest (they are in its jar)
        Map<String, String> templates = new LinkedHashMap<>();
        Path dir = request.templateDirectory();
        sources.templates().forEach((name, bytes) -> templates.put(request.display(dir.resolve(name)), digest(bytes)));
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Sources.Input in : sources.headers()) {
            inputs.put(request.display(in.path()), in.bytes() == null ? MISSING : digest(in.bytes()));
        }
        return new BuildState(digest(toolVersion + "\n" + codeDigest()), digest(configuration(request)), templates,
                inputs, null);
    }

    /** This state with the digest of the bytes the run rendered (not of the file read back). */
    public BuildState withOutput(byte[] rendered) {
        return new BuildState(tool, configuration, templates, inputs, digest(rendered));
    }

    /**
     * Why a run with this state must generate, given the previous successful run's state and the
     * digest of the output file as it is now; null when it need not.
     *
     * @param previous the previous run's state, or null when there is none
     * @param outputNow the output file's digest, or null when it is missing
     */
    public String outdatedReason(BuildState previous, String outputNow) {
        if (previous == null) {
            return "no previous state";
        }
        if (!tool.equals(previous.tool)) {
            return "the plugin changed";
        }
        if (!configuration.equals(previous.configuration)) {
            return "the configuration changed";
        }
        List<String> changed = new ArrayList<>();
        changed(templates, previous.templates, changed);
        changed(inputs, previous.inputs, changed);
        if (!changed.isEmpty()) {
            return changed.size() == 1 ? changed.get(0) + " changed"
                    : changed.size() + " files changed (" + changed.get(0) + ", ...)";
        }
        if (previous.output == null) {
            return "no output recorded";
        }
        if (outputNow == null) {
            return "the output file is missing";
        }
        return previous.output.equals(outputNow) ? null : "the output file was modified";
    }

    private static void changed(Map<String, String> now, Map<String, String> before, List<String> out) {
        now.forEach((k, v) -> {
            if (!v.equals(before.get(k))) {
                out.add(k);
            }
        });
        before.keySet().stream().filter(k -> !now.containsKey(k)).forEach(out::add);
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

    private static volatile String codeDigest;

    /**
     * The digest of the code this class was loaded from, once per class loader (the code that
     * runs is the code that was loaded): its jar's content, which holds the built-in templates
     * too, so a rebuilt snapshot differs. Run from a directory of classes (tests, an IDE), the
     * digest of the built-in templates there. Found through the code source, not by resource
     * lookups: a lookup that misses searches every jar of the plugin's class path.
     */
    private static String codeDigest() {
        String d = codeDigest;
        if (d == null) {
            d = "";
            CodeSource source = BuildState.class.getProtectionDomain().getCodeSource();
            try {
                if (source != null && source.getLocation() != null) {
                    Path p = Path.of(source.getLocation().toURI());
                    if (Files.isRegularFile(p)) {
                        d = jarDigest(p);
                    } else if (Files.isDirectory(p.resolve(TemplateFiles.BUILT_IN))) {
                        d = directoryDigest(p.resolve(TemplateFiles.BUILT_IN));
                    }
                }
            } catch (IOException | URISyntaxException | IllegalArgumentException
                    | java.nio.file.FileSystemNotFoundException e) {
                d = "";
            }
            codeDigest = d;
        }
        return d;
    }

    /**
     * The digest of a jar's index, which the jar records for its content: each of the plugin's
     * own entries ({@code io/github/cowrap/}, classes and built-in templates) by name, CRC-32 and
     * size, and the other entries (the libraries it carries) by their count and the sum of their
     * CRC-32s and sizes. Cheaper than hashing the jar (megabytes, with CDT inside) in a cold JVM,
     * and a changed class, template or library changes it.
     */
    private static String jarDigest(Path jar) throws IOException {
        StringBuilder own = new StringBuilder();
        long others = 0;
        long crcs = 0;
        long sizes = 0;
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(jar.toFile())) {
            java.util.Enumeration<? extends java.util.zip.ZipEntry> entries = z.entries();
            while (entries.hasMoreElements()) {
                java.util.zip.ZipEntry e = entries.nextElement();
                if (e.getName().startsWith("io/github/cowrap/")) {
                    own.append(e.getName()).append(':').append(e.getCrc()).append(':').append(e.getSize()).append('\n');
                } else {
                    others++;
                    crcs += e.getCrc() * 31 + others;
                    sizes += e.getSize();
                }
            }
        }
        return digest(own.append(others).append(':').append(crcs).append(':').append(sizes).toString());
    }

    private static String directoryDigest(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                all.append(dir.relativize(f)).append('=').append(digest(Files.readAllBytes(f))).append('\n');
            }
        }
        return digest(all.toString());
    }

    // ---- digests --------------------------------------------------------------------------

    /** The digest of a file's content, or null when it does not exist. */
    static String fileDigest(Path file) throws IOException {
        try {
            return digest(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** SHA-256, in lower-case hex. */
    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }
}
