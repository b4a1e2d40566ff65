package io.github.cowrap.maven;

import io.github.cowrap.dialect.MarkSpec;
import io.github.cowrap.dialect.NamingSpec;
import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.report.Anchors;
import io.github.cowrap.report.GeneratedSourceRenderer;
import io.github.cowrap.report.ReportContent;
import io.github.cowrap.report.WrapperReportRenderer;
import java.io.File;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.module.xhtml5.Xhtml5SinkFactory;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A site report, "Coroutine wrappers" ({@code cowrap-report.html}): the wrappers that the
 * configured headers give, per mark and per header, each linked to its section of the generated
 * C (shown on {@code cowrap-report-source.html}), and every rejected declaration. It reads the
 * same configuration as {@code generate}, does not need {@code generate} to have run, and shows
 * bad input instead of failing the site.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    // The parameters below are those of AbstractCowrapMojo (ReportMojoParametersTest checks that
    // they stay the same); CowrapConfiguration turns them into the core's request.

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

    /** Skips the goal. */
    @Parameter(property = "cowrap.skip", defaultValue = "false")
    protected boolean skip;

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

    /** The name of the C file. */
    @Parameter(defaultValue = "block-gen.c", required = true)
    protected String outputFileName;

    @Override
    public String getOutputName() {
        return Anchors.REPORT_PAGE;
    }

    @Override
    public String getName(Locale locale) {
        return WrapperReportRenderer.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "The C coroutine wrappers generated from the marked declarations in the headers, and the"
                + " declarations rejected.";
    }

    CowrapConfiguration configuration() {
        return new CowrapConfiguration(project.getBasedir(), dialect, headers, sourceDirectory, includes, excludes,
                generatedIncludes, templateDirectory, macros, includePaths, encoding, marks, naming,
                coroutineAnnotation, targetCheck);
    }

    @Override
    public boolean canGenerateReport() {
        if (skip) {
            getLog().info("cowrap: report skipped (cowrap.skip)");
            return false;
        }
        if (configuration().inputs().isEmpty()) {
            getLog().info("cowrap: no input headers (configure headers, or put headers in "
                    + sourceDirectory + "); no report");
            return false;
        }
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        ReportContent content;
        try {
            GenerationRequest request = configuration().request(null);
            content = ReportContent.of(new Generator(), request, outputFileName);
        } catch (MojoExecutionException | CowrapException e) {
            throw new MavenReportException("cowrap: " + e.getMessage(), e);
        }
        new WrapperReportRenderer(getSink(), content).render();
        if (content.source() != null) {
            writeSourcePage(content);
        }
        List<Diagnostic> problems = content.generation().problems();
        problems.forEach(d -> getLog().warn(d.format()));
        if (content.renderFailure() != null) {
            getLog().warn("cowrap: " + content.renderFailure());
        }
        getLog().info(String.format("cowrap: report lists %d wrapper%s and %d problem%s",
                content.generation().wrappers().size(), content.generation().wrappers().size() == 1 ? "" : "s",
                problems.size(), problems.size() == 1 ? "" : "s"));
    }

    /**
     * The generated C on its own page. Through maven-site-plugin the page gets the site's skin;
     * when the goal runs on its own there is no sink factory, and the page is plain HTML.
     */
    private void writeSourcePage(ReportContent content) throws MavenReportException {
        SinkFactory factory = getSinkFactory();
        String page = Anchors.SOURCE_PAGE + ".html";
        try {
            Sink sink;
            if (factory != null) {
                sink = factory.createSink(getReportOutputDirectory(), page);
            } else {
                File directory = getReportOutputDirectory();
                directory.mkdirs();
                sink = new Xhtml5SinkFactory().createSink(directory, page, getOutputEncoding());
            }
            new GeneratedSourceRenderer(sink, content).render();
        } catch (java.io.IOException e) {
            throw new MavenReportException("cowrap: cannot write " + page + ": " + e.getMessage(), e);
        }
    }
}
