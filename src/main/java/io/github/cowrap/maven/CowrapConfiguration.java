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
 * one place where it becomes a {@link GenerationRequest}. Each goal declares the same parameters
 * (a report must extend {@code AbstractMavenReport}, so the two cannot share a superclass) and
 * hands their values here.
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

    /** The run's configuration for the core. */
    public GenerationRequest request(Path outputFile) throws MojoExecutionException {
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
            throw new MojoExecutionException("unknown encoding '" + encoding + "'");
        }
    }

    /** The headers: as configured, or the fileset sorted by relative path. */
    public List<Path> inputs() {
        if (headers != null && !headers.isEmpty()) {
            return headers.stream().map(File::toPath).toList();
        }
        if (sourceDirectory == null || !sourceDirectory.isDirectory()) {
            return List.of();
        }
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(sourceDirectory);
        scanner.setIncludes(includes == null || includes.isEmpty() ? new String[] {"**/*.h"}
                : includes.toArray(new String[0]));
        if (excludes != null && !excludes.isEmpty()) {
            scanner.setExcludes(excludes.toArray(new String[0]));
        }
        scanner.setCaseSensitive(true);
        scanner.scan();
        List<String> found = new ArrayList<>(List.of(scanner.getIncludedFiles()));
        found.replaceAll(s -> s.replace(File.separatorChar, '/'));
        found.sort(Comparator.naturalOrder());
        return found.stream().map(s -> sourceDirectory.toPath().resolve(s)).toList();
    }
}
