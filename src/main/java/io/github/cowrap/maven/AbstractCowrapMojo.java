package io.github.cowrap.maven;

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
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.util.DirectoryScanner;

/** The configuration that {@code generate} and {@code report} share, and its translation for the core. */
public abstract class AbstractCowrapMojo extends AbstractMojo {

    /** The project's directory: paths in the output and in messages are shown relative to it. */
    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    protected File basedir;

    /** The built-in dialect: {@code qemu} (QEMU 8.0 and later) or {@code qemu-legacy} (QEMU 5.2 to 7.2). */
    @Parameter(property = "cowrap.dialect", defaultValue = "qemu")
    protected String dialect;

    /**
     * The input headers, in output order. When empty, the headers matched by {@code includes} and
     * {@code excludes} under {@code sourceDirectory} are used, sorted by relative path.
     */
    @Parameter
    protected List<File> headers;

    /** The root of the header fileset used when {@code headers} is empty. */
    @Parameter(defaultValue = "${project.basedir}/src/main/c")
    protected File sourceDirectory;

    /** Fileset patterns of the headers to read, relative to {@code sourceDirectory}. */
    @Parameter
    protected List<String> includes;

    /** Fileset patterns of headers to leave out. */
    @Parameter
    protected List<String> excludes;

    /** The {@code #include "..."} lines of the output; the dialect's when not set. */
    @Parameter
    protected List<String> generatedIncludes;

    /** A directory whose templates ({@code header.vm}, {@code co.vm}, {@code no_co.vm}) replace the built-in ones. */
    @Parameter
    protected File templateDirectory;

    /**
     * Extra macro definitions seen by the parser, like gcc's {@code -D}: {@code NAME} (empty),
     * {@code NAME=VALUE}, {@code NAME(a, b)} or {@code NAME(a, b)=VALUE}.
     */
    @Parameter
    protected List<String> macros;

    /** Directories where {@code #include}s are resolved; when not set, includes are not followed. */
    @Parameter
    protected List<File> includePaths;

    /** The headers' encoding. */
    @Parameter(defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /**
     * The marks of a user-defined dialect; when set, they replace the built-in dialect's, the
     * templates come from {@code templateDirectory} ({@code co.vm} and/or {@code no_co.vm} for
     * the directions used; {@code header.vm} optional), and {@code dialect} only names the
     * dialect ({@code custom} if it is a built-in name). Each mark:
     *
     * <pre>
     * &lt;mark&gt;
     *   &lt;name&gt;TASK_BLOCKING&lt;/name&gt;     a C identifier
     *   &lt;direction&gt;co&lt;/direction&gt;     co (default) or no_co
     *   &lt;mixed&gt;false&lt;/mixed&gt;          co only: call the target directly inside a coroutine
     *   &lt;lock&gt;store&lt;/lock&gt;            a name the templates interpret; none by default
     * &lt;/mark&gt;
     * </pre>
     */
    @Parameter
    protected List<MarkSpec> marks;

    /**
     * How a wrapper's name gives its target's: {@code <prefix>co_</prefix>} and/or
     * {@code <suffix>_co</suffix>} make the coroutine function of {@code NAME} be
     * {@code co_NAME} / {@code NAME_co}. When not set, QEMU's rule: {@code S_NAME} and
     * {@code S_co_NAME}.
     */
    @Parameter
    protected NamingSpec naming;

    /** Skips the goal. */
    @Parameter(property = "cowrap.skip", defaultValue = "false")
    protected boolean skip;

    /** The run's configuration for the core. */
    protected GenerationRequest request(Path outputFile) throws MojoExecutionException {
        Dialect d = resolveDialect();
        return new GenerationRequest(
                d,
                inputs(),
                basedir.toPath(),
                outputFile,
                generatedIncludes == null || generatedIncludes.isEmpty() ? null : generatedIncludes,
                templateDirectory == null ? null : templateDirectory.toPath(),
                macros,
                includePaths == null ? List.of() : includePaths.stream().map(File::toPath).toList(),
                charset());
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
    protected List<Path> inputs() throws MojoExecutionException {
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

    /** The built-in dialect, or the one declared by {@code marks} and {@code naming}. */
    private Dialect resolveDialect() throws MojoExecutionException {
        try {
            return DialectBuilder.resolve(dialect, marks, naming,
                    templateDirectory == null ? null : templateDirectory.toPath());
        } catch (InvalidDialectException e) {
            throw new MojoExecutionException("invalid dialect configuration:" + System.lineSeparator() + "  "
                    + String.join(System.lineSeparator() + "  ", e.problems()));
        }
    }
}
