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

    /**
     * The built-in dialect: {@code qemu} for QEMU 8.0 and later, or {@code qemu-legacy} for QEMU
     * 5.2 to 7.2. With {@code marks} set, it only names the user-defined dialect.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cowrap.dialect", defaultValue = "qemu")
    protected String dialect;

    /**
     * The input headers, in the order of their sections in the output; relative paths are
     * relative to the project's directory. When not set (the default), the fileset given by
     * {@code sourceDirectory}, {@code includes} and {@code excludes} is read instead. Example:
     *
     * <p><code>
     * &lt;headers&gt;<br>
     * &nbsp;&nbsp;&lt;header&gt;include/block/block-io.h&lt;/header&gt;<br>
     * &nbsp;&nbsp;&lt;header&gt;block/coroutines.h&lt;/header&gt;<br>
     * &lt;/headers&gt;
     * </code>
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<File> headers;

    /**
     * The root of the header fileset, read when {@code headers} is not set. {@code generate}
     * fails with "no input headers" when the fileset is empty.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.basedir}/src/main/c")
    protected File sourceDirectory;

    /**
     * The patterns of the fileset's headers, relative to {@code sourceDirectory}; default
     * {@code **}{@code /*.h}. The matching files are read in the order of their relative paths
     * (compared character by character, {@code /} as the separator).
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> includes;

    /**
     * The patterns of files to leave out of the fileset, relative to {@code sourceDirectory};
     * default none.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> excludes;

    /**
     * The {@code #include "..."} lines at the top of the output, in this order. When not set, the
     * dialect's: {@code qemu/osdep.h}, {@code block/coroutines.h}, {@code block/block-gen.h},
     * {@code block/block_int.h} and, for {@code qemu} only, {@code block/dirty-bitmap.h}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> generatedIncludes;

    /**
     * A directory of Velocity templates ({@code header.vm}, {@code co.vm}, {@code no_co.vm}); each
     * one found there replaces the built-in template of the same name, the others stay built-in.
     * Templates read only this directory and the built-in set ({@code #parse("../x.vm")} is
     * refused), and every file here is part of the up-to-date state. Required with {@code marks}.
     * Default none.
     *
     * @since 0.1.0
     */
    @Parameter
    protected File templateDirectory;

    /**
     * Extra macro definitions seen by the parser, like gcc's {@code -D}: {@code NAME} (defined
     * empty), {@code NAME=VALUE}, {@code NAME(a, b)} or {@code NAME(a, b)=VALUE}. They decide
     * {@code #if}/{@code #ifdef} branches; give the C compiler the same ones. Default none.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<String> macros;

    /**
     * Directories where {@code #include}s of the headers are looked up, in order. When not set
     * (the default), {@code #include}s are not followed: the headers are parsed on their own,
     * which is enough for the marks.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<File> includePaths;

    /**
     * The headers' encoding; when {@code project.build.sourceEncoding} is not set either, UTF-8.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.sourceEncoding}")
    protected String encoding;

    /**
     * The marks of a user-defined dialect. When set, they replace the built-in dialect's marks,
     * the templates come from {@code templateDirectory} ({@code co.vm} and/or {@code no_co.vm} for
     * the directions used, {@code header.vm} optional), and {@code dialect} only names the dialect
     * ({@code custom} if it is a built-in name). Each {@code <mark>} has:
     * <ul>
     *   <li>{@code name}: the identifier written in headers, a C identifier (required);</li>
     *   <li>{@code direction}: {@code co} (default: the wrapper runs its target in a coroutine) or
     *       {@code no_co} (the wrapper, a coroutine function, runs its target outside);</li>
     *   <li>{@code mixed}: {@code co} only, {@code true} to call the target directly when already
     *       in a coroutine (default {@code false});</li>
     *   <li>{@code lock}: a name (letters, digits and {@code _}) that the templates interpret
     *       (default none).</li>
     * </ul>
     *
     * <p>Example:
     *
     * <p><code>
     * &lt;marks&gt;<br>
     * &nbsp;&nbsp;&lt;mark&gt;<br>
     * &nbsp;&nbsp;&nbsp;&nbsp;&lt;name&gt;TASK_BLOCKING&lt;/name&gt;<br>
     * &nbsp;&nbsp;&nbsp;&nbsp;&lt;direction&gt;co&lt;/direction&gt;<br>
     * &nbsp;&nbsp;&nbsp;&nbsp;&lt;mixed&gt;true&lt;/mixed&gt;<br>
     * &nbsp;&nbsp;&lt;/mark&gt;<br>
     * &lt;/marks&gt;
     * </code>
     *
     * <p>Default none: the built-in dialect's marks.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<MarkSpec> marks;

    /**
     * How a user-defined dialect derives a wrapper's target from the wrapper's name:
     * {@code <prefix>co_</prefix>} and/or {@code <suffix>_co</suffix>} make the coroutine function
     * of {@code NAME} be {@code co_NAME} or {@code NAME_co}. When not set, QEMU's rule:
     * {@code S_NAME} and {@code S_co_NAME}. Example:
     *
     * <p><code>
     * &lt;naming&gt;<br>
     * &nbsp;&nbsp;&lt;suffix&gt;_co&lt;/suffix&gt;<br>
     * &lt;/naming&gt;
     * </code>
     *
     * @since 0.1.0
     */
    @Parameter
    protected NamingSpec naming;

    /**
     * The name of the C file in {@code outputDirectory} (a file name, not a path: a separator,
     * {@code ..} or an absolute path is refused); the report shows the generated C under this
     * name. It is rewritten only when its content changes, and left as it was when the build
     * fails. An output that is one of the inputs or templates is refused.
     *
     * @since 0.1.0
     */
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

    /**
     * Skips the goal: nothing is read or written.
     *
     * @since 0.1.0
     */
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
