package io.github.cowrap.maven;

import io.github.cowrap.dialect.MarkSpec;
import io.github.cowrap.dialect.NamingSpec;
import io.github.cowrap.generate.GenerationRequest;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters that {@code generate} and {@code report} share, declared once; both hand them to
 * {@link CowrapConfiguration}, the one place that turns them into a request for the core. Each goal
 * declares its own output location ({@code outputDirectory} for the C, {@code reportOutputDirectory}
 * for the report's pages), so that one set plugin-wide does not move the other.
 */
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

    /** The name of the C file (the report shows it by this name). */
    @Parameter(defaultValue = "block-gen.c", required = true)
    protected String outputFileName;

    /**
     * With {@code marks}: the annotation macro that declares a coroutine function in your headers.
     * A co wrapper's target must carry it and a no_co wrapper's target must not. Not set: the
     * annotation is not checked. The built-in dialects use {@code coroutine_fn}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected String coroutineAnnotation;

    /**
     * What a wrapper whose target is declared in none of the parsed files gives: {@code warn} (a
     * warning), {@code error} (the build fails) or {@code off} (targets are not checked at all:
     * neither a missing target nor a mismatch is reported). A target that is declared is compared
     * with its wrapper: return type, each parameter's type, and the coroutine annotation.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cowrap.targetCheck", defaultValue = "warn")
    protected String targetCheck;

    /** Skips the goal. */
    @Parameter(property = "cowrap.skip", defaultValue = "false")
    protected boolean skip;

    /** The parameters above, for the core; {@link CowrapConfiguration} is shared with the report. */
    protected CowrapConfiguration configuration() {
        return new CowrapConfiguration(basedir, dialect, headers, sourceDirectory, includes, excludes,
                generatedIncludes, templateDirectory, macros, includePaths, encoding, marks, naming,
                coroutineAnnotation, targetCheck);
    }

    /** The run's configuration for the core. */
    protected GenerationRequest request(Path outputFile) throws MojoExecutionException {
        return configuration().request(outputFile);
    }

    /** The headers: as configured, or the fileset sorted by relative path. */
    protected List<Path> inputs() throws MojoExecutionException {
        return configuration().inputs();
    }
}
