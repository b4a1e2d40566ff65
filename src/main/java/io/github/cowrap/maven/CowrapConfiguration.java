package io.github.cowrap.maven;

import io.github.cowrap.check.TargetCheck;
import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.dialect.DialectBuilder;
import io.github.cowrap.dialect.InvalidDialectException;
import io.github.cowrap.dialect.MarkSpec;
import io.github.cowrap.dialect.NamingSpec;
import io.github.cowrap.generate.GenerationRequest;
import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * The configuration that {@code generate} and {@code report} share, as the mojos read it, and the
 * one place where it becomes a {@link GenerationRequest}. Both goals declare the parameters once,
 * in {@code AbstractCowrapMojo}, and hand their values here.
 *
 * @param baseDirectory the project's directory; paths are shown relative to it
 * @param dialect the built-in dialect's name
 * @param headers the configured input headers, in output order; null or empty for the fileset
 * @param sourceDirectory the fileset's root
 * @param includes the fileset's include patterns; null or empty for {@code **}{@code /*.h}
 * @param excludes the fileset's exclude patterns; may be null
 * @param generatedIncludes the output's {@code #include} lines; null or empty for the dialect's
 * @param templateDirectory the folder of template overrides; may be null
 * @param macros extra macro definitions; may be null
 * @param includePaths where {@code #include}s are resolved; may be null
 * @param encoding the headers' encoding; null or blank for UTF-8
 * @param marks the marks of a user-defined dialect; null or empty for the built-in one
 * @param naming the naming rule of a user-defined dialect; may be null
 * @param coroutineAnnotation with marks, the annotation that declares a coroutine function; may
 *     be null (none)
 * @param targetCheck {@code error}, {@code warn} or {@code off}; null or blank for {@code warn}
 */
public record CowrapConfiguration(
        File baseDirectory,
        String dialect,
        List<File> headers,
        File sourceDirectory,
        List<String> includes,
        List<String> excludes,
        List<String> generatedIncludes,
        File templateDirectory,
        List<String> macros,
        List<File> includePaths,
        String encoding,
        List<MarkSpec> marks,
        NamingSpec naming,
        String coroutineAnnotation,
        String targetCheck) {

    /**
     * The run's configuration for the core.
     *
     * @throws MojoExecutionException listing every mistake found: an empty list element, a
     *     template directory or include path that is not a directory, an unknown encoding, an
     *     invalid dialect
     */
    public GenerationRequest request(Path outputFile) throws MojoExecutionException {
        List<String> problems = new ArrayList<>();
        emptyElements(problems, "headers", "header", headers);
        emptyElements(problems, "generatedIncludes", "generatedInclude", generatedIncludes);
        emptyElements(problems, "macros", "macro", macros);
        emptyElements(problems, "includePaths", "includePath", includePaths);
        emptyElements(problems, "includes", "include", includes);
        emptyElements(problems, "excludes", "exclude", excludes);
        emptyElements(problems, "marks", "mark", marks);
        if (templateDirectory != null) {
            directory(problems, "<templateDirectory>", templateDirectory);
        }
        if (includePaths != null) {
            for (int i = 0; i < includePaths.size(); i++) {
                if (includePaths.get(i) != null) {
                    directory(problems, "<includePaths> entry " + (i + 1), includePaths.get(i));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MojoExecutionException(problems.size() == 1 ? problems.get(0)
                    : "invalid configuration:" + System.lineSeparator() + "  "
                            + String.join(System.lineSeparator() + "  ", problems));
        }
        Dialect d = resolveDialect();
        return new GenerationRequest(
                d,
                inputs(),
                baseDirectory.toPath(),
                outputFile,
                generatedIncludes == null || generatedIncludes.isEmpty() ? null : generatedIncludes,
                templateDirectory == null ? null : templateDirectory.toPath(),
                macros,
                includePaths == null ? List.of() : includePaths.stream().map(File::toPath).toList(),
                charset(),
                targetCheckValue());
    }

    private TargetCheck targetCheckValue() throws MojoExecutionException {
        try {
            return TargetCheck.parse(targetCheck);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    /** The built-in dialect, or the one declared by {@code marks} and {@code naming}. */
    private Dialect resolveDialect() throws MojoExecutionException {
        try {
            return DialectBuilder.resolve(dialect, marks, naming, coroutineAnnotation,
                    templateDirectory == null ? null : templateDirectory.toPath());
        } catch (InvalidDialectException e) {
            throw new MojoExecutionException("invalid dialect configuration:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", e.problems()));
        }
    }

    private Charset charset() throws MojoExecutionException {
        if (encoding == null || encoding.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MojoExecutionException("<encoding> '" + encoding + "' is not an encoding this JVM knows (set"
                    + " by the encoding parameter or project.build.sourceEncoding); use a charset name such as UTF-8"
                    + " or ISO-8859-1");
        }
    }

    /**
     * Checks that the fileset, when it is used, finds headers; otherwise says where they were
     * looked for and with which patterns.
     */
    public void requireInputs() throws MojoExecutionException {
        if (headers != null && !headers.isEmpty()) {
            return;
        }
        String patterns = "includes " + (includes == null || includes.isEmpty() ? "[**/*.h]" : includes)
                + (excludes == null || excludes.isEmpty() ? "" : ", excludes " + excludes);
        if (sourceDirectory == null || !sourceDirectory.isDirectory()) {
            throw new MojoExecutionException("no input headers: <headers> is not set, and the <sourceDirectory> "
                    + sourceDirectory + (sourceDirectory != null && sourceDirectory.exists() ? " is not a directory"
                            : " does not exist") + " (the fileset " + patterns + " is read from it); set <headers>,"
                    + " or <sourceDirectory> to the folder of the headers");
        }
        if (inputs().isEmpty()) {
            throw new MojoExecutionException("no input headers: no file in <sourceDirectory> " + sourceDirectory
                    + " matches " + patterns + "; set <headers>, or <includes> to patterns relative to it");
        }
    }

    /**
     * Where each configured header that is not a file came from and what it was resolved
     * against, one sentence each; the parse reports it too (with the other problems, at 1:1),
     * these say why it was looked for there.
     */
    public List<String> missingHeaders() {
        List<String> problems = new ArrayList<>();
        if (headers != null) {
            for (int i = 0; i < headers.size(); i++) {
                File h = headers.get(i);
                if (h != null && !h.isFile()) {
                    problems.add("<headers> entry " + (i + 1) + ": " + h + (h.exists() ? " is not a file"
                            : " does not exist") + " (a relative path is resolved against the project directory "
                            + baseDirectory + ")");
                }
            }
        }
        return problems;
    }

    private static void emptyElements(List<String> problems, String list, String element, List<?> values) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null || v.toString().isBlank()) {
                problems.add("<" + list + "> entry " + (i + 1) + " is an empty <" + element + ">; give it a value"
                        + " or remove it");
            }
        }
    }

    private void directory(List<String> problems, String what, File dir) {
        if (!dir.isDirectory()) {
            problems.add(what + " " + dir + (dir.exists() ? " is not a directory" : " does not exist")
                    + " (a relative path is resolved against the project directory " + baseDirectory + ")");
        }
    }

    /** The headers: as configured (empty elements left out), or the fileset sorted by relative path. */
    public List<Path> inputs() {
        if (headers != null && headers.stream().anyMatch(java.util.Objects::nonNull)) {
            return headers.stream().filter(java.util.Objects::nonNull).map(File::toPath).toList();
        }
        if (sourceDirectory == null || !sourceDirectory.isDirectory()) {
            return List.of();
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(sourceDirectory);
        List<String> in = includes == null ? List.of()
                : includes.stream().filter(p -> p != null && !p.isBlank()).toList();
        List<String> ex = excludes == null ? List.of()
                : excludes.stream().filter(p -> p != null && !p.isBlank()).toList();
        scanner.setIncludes(in.isEmpty() ? new String[] {"**/*.h"} : in.toArray(new String[0]));
        if (!ex.isEmpty()) {
            scanner.setExcludes(ex.toArray(new String[0]));
        }
        scanner.setCaseSensitive(true);
        scanner.scan();
        List<String> found = new ArrayList<>(List.of(scanner.getIncludedFiles()));
        found.replaceAll(s -> s.replace(File.separatorChar, '/'));
        found.sort(Comparator.naturalOrder());
        return found.stream().map(s -> sourceDirectory.toPath().resolve(s)).toList();
    }
}
