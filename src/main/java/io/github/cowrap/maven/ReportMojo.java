package io.github.cowrap.maven;

import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Header;
import io.github.cowrap.report.Anchors;
import io.github.cowrap.report.HtmlReportWriter;
import io.github.cowrap.report.ReportContent;
import io.github.cowrap.report.ReportWriter;
import io.github.cowrap.report.SinkReportWriter;
import io.github.cowrap.report.SourcePageRenderer;
import io.github.cowrap.report.WrapperReportRenderer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenMultiPageReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * A site report, "Coroutine wrappers" ({@code cowrap-report.html}): the wrappers that the
 * configured headers give, per mark and per header, each linked to its section of the generated
 * C (shown on {@code cowrap-report-source.html}) and to its declaration (each header's text on a
 * page of its own), and every rejected declaration. It reads the same configuration as
 * {@code generate}, does not need {@code generate} to have run, and shows bad input instead of
 * failing the site.
 *
 * <p>Through maven-site-plugin the pages get the site's skin; run on its own
 * ({@code mvn cowrap:report}) the goal writes plain HTML pages to {@code reportOutputDirectory}.
 * The report is written directly on Maven's report interface and Doxia's sink interface, so the
 * {@code generate} goal loads nothing of the report's.
 *
 * @since 0.1.0
 */
@Mojo(name = "report", threadSafe = true)
public class ReportMojo extends AbstractCowrapMojo implements MavenMultiPageReport {

    /**
     * Where {@code mvn cowrap:report}, run on its own, writes the report's pages. In a site build
     * ({@code mvn site}) the pages go where maven-site-plugin puts the site (by default
     * {@code target/site}) and this is not used. Not the same parameter as {@code generate}'s
     * {@code outputDirectory}, the folder of the generated C.
     *
     * @since 0.1.0
     */
    @Parameter(property = "cowrap.reportOutputDirectory", defaultValue = "${project.build.directory}/reports",
            required = true)
    protected File reportOutputDirectory;

    /** The pages' file names, without {@code .html}: the report's page is this one. */
    @Override
    public String getOutputName() {
        return Anchors.REPORT_PAGE;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
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

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
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

    /** {@code mvn cowrap:report}: the pages as plain HTML in {@code reportOutputDirectory}. */
    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!canGenerateReport()) {
            return;
        }
        Path directory = reportOutputDirectory.toPath();
        try {
            ReportContent content = content();
            Files.createDirectories(directory);
            writePages(content, page(directory, Anchors.REPORT_PAGE + ".html"), name -> page(directory, name));
            log(content);
            getLog().info("cowrap: report written to " + directory.resolve(Anchors.REPORT_PAGE + ".html"));
        } catch (MavenReportException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("cowrap: cannot write the report in " + directory + ": " + e, e);
        }
    }

    /** From maven-site-plugin: the report's page to {@code sink}, the others each to their own. */
    @Override
    public void generate(Sink sink, SinkFactory factory, Locale locale) throws MavenReportException {
        ReportContent content = content();
        Path directory = reportOutputDirectory.toPath();
        try {
            writePages(content, new SinkReportWriter(sink), name -> {
                if (factory != null) {
                    try {
                        return new SinkReportWriter(factory.createSink(reportOutputDirectory, name));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                Files.createDirectories(directory);
                return page(directory, name);
            });
        } catch (IOException | UncheckedIOException e) {
            throw new MavenReportException("cowrap: cannot write the report's pages in " + directory + ": " + e, e);
        }
        log(content);
    }

    /** From a site renderer that knows a report's one page only: the others are written as plain HTML. */
    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        generate(sink, null, locale);
    }

    private ReportContent content() throws MavenReportException {
        try {
            GenerationRequest request = configuration().request(null);
            return ReportContent.of(new Generator(), request, outputFileName);
        } catch (MojoExecutionException | CowrapException e) {
            throw new MavenReportException("cowrap: " + e.getMessage(), e);
        }
    }

    /** Opens the writer of one further page, by file name. */
    private interface Pages {
        ReportWriter open(String fileName) throws IOException;
    }

    private static void writePages(ReportContent content, ReportWriter main, Pages pages) throws IOException {
        new WrapperReportRenderer(main, content).render();
        if (content.source() != null) {
            new SourcePageRenderer(pages.open(Anchors.SOURCE_PAGE + ".html"), content).renderGenerated();
        }
        for (Header h : content.generation().headers()) {
            if (content.headerTexts().containsKey(h.path())) {
                new SourcePageRenderer(pages.open(Anchors.headerPage(content.headerIds().get(h.path()))), content)
                        .renderHeader(h);
            }
        }
    }

    /**
     * A plain HTML page, written to a temporary file that replaces the page when it is closed:
     * a failed run leaves no half-written page.
     */
    private static ReportWriter page(Path directory, String name) throws IOException {
        Path target = directory.resolve(name);
        Path temporary = Files.createTempFile(directory, name, ".tmp");
        Writer file = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8) {
            private boolean closed;

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                super.close();
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        };
        return new HtmlReportWriter(new java.io.BufferedWriter(file));
    }

    private void log(ReportContent content) {
        List<Diagnostic> problems = new ArrayList<>(content.generation().problems());
        problems.forEach(d -> getLog().warn(d.format()));
        if (content.renderFailure() != null) {
            getLog().warn("cowrap: " + content.renderFailure());
        }
        getLog().info(String.format("cowrap: report lists %d wrapper%s and %d problem%s",
                content.generation().wrappers().size(), content.generation().wrappers().size() == 1 ? "" : "s",
                problems.size(), problems.size() == 1 ? "" : "s"));
    }
}
