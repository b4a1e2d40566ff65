package io.github.cowrap.maven;

import io.github.cowrap.check.TargetCheck;
import io.github.cowrap.generate.IncrementalRun;
import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.GenerationResult;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.generate.OutputPaths;
import io.github.cowrap.model.Generation;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.codehaus.plexus.build.BuildContext;

/**
 * Generates the C coroutine wrappers for the marked declarations in the configured headers.
 *
 * <p>Incremental: when the inputs' bytes, the configuration, the templates and the plugin are
 * those of the previous successful run of the same execution, and the output holds the bytes that
 * run rendered, nothing is parsed or rendered (every run digests every input's content). The state lives in {@code target/cowrap/EXECUTION-ID.state}.
 * With {@code includePaths} set, included files are not tracked and every run generates (the
 * output is still only rewritten when its content changes).
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractCowrapMojo {

    /**
     * The directory the C file is written to; created when missing.
     *
     * @since 0.1.0
     */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/cowrap", required = true)
    protected File outputDirectory;

    /** Where the up-to-date state of each execution is kept (read-only: not configuration). */
    @Parameter(defaultValue = "${project.build.directory}/cowrap", readonly = true, required = true)
    protected File stateDirectory;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    /**
     * The IDE's view of the build (m2e): told when the output is rewritten. Its deltas are not
     * used to skip a run: they do not see the configuration, the plugin or the output itself, and
     * digesting the inputs costs well under a millisecond.
     */
    @Component
    protected BuildContext buildContext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cowrap: skipped (cowrap.skip)");
            return;
        }
        Path outputFile;
        try {
            outputFile = OutputPaths.resolve(outputDirectory.toPath(), outputFileName, "outputFileName");
        } catch (CowrapException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        CowrapConfiguration configuration = configuration();
        GenerationRequest request = configuration.request(outputFile);
        configuration.requireInputs();
        configuration.missingHeaders().forEach(m -> getLog().error("cowrap: " + m));
        Path stateFile = stateDirectory.toPath().resolve(executionId() + ".state");

        DiagnosticReporter reporter = new DiagnosticReporter(getLog(), buildContext, basedir.toPath());
        IncrementalRun run;
        try {
            run = IncrementalRun.run(new Generator(), request, stateFile, pluginVersion());
        } catch (CowrapException e) {
            if (e.diagnostics().isEmpty()) {
                throw new MojoFailureException(e.getMessage(), e);
            }
            reporter.clear(request.headers());
            reporter.report(e.all());
            // each diagnostic is logged above, once; the failure only counts them
            throw new MojoFailureException(e.countSummary());
        }
        if (run.upToDate()) {
            getLog().info(String.format("cowrap: up to date (%d header%s, configuration and templates unchanged)"
                    + " -> %s, parsing and rendering skipped in %d ms", request.headers().size(),
                    request.headers().size() == 1 ? "" : "s", request.display(outputFile), run.millis()));
            return;
        }
        if (run.stateProblem() != null) {
            getLog().warn("cowrap: " + run.stateProblem());
        }
        GenerationResult result = run.result();
        reporter.clear(request.headers());
        reporter.report(result.warnings());
        if (result.written() && buildContext != null) {
            buildContext.refresh(outputFile.toFile());
        }
        Generation g = result.generation();
        getLog().info(String.format("cowrap: %d wrapper%s from %d header%s (dialect %s) -> %s, %s (%s) in %d ms; %s",
                g.wrappers().size(), g.wrappers().size() == 1 ? "" : "s",
                g.headers().size(), g.headers().size() == 1 ? "" : "s",
                g.dialect(), request.display(result.outputFile()),
                result.written() ? "written" : "unchanged", run.reason(), run.millis(), targets(request, result)));
    }

    /** The summary's count of targets: how many were checked, how many are declared nowhere. */
    static String targets(GenerationRequest request, GenerationResult result) {
        if (request.targetCheck() == TargetCheck.OFF) {
            return "targets not checked (targetCheck off)";
        }
        return String.format("targets: %d checked, %d not found", result.targetsFound(), result.targetsNotFound());
    }

    /** The execution's id, usable as a file name; two executions never share a state file. */
    private String executionId() {
        String id = mojoExecution == null || mojoExecution.getExecutionId() == null
                ? "default" : mojoExecution.getExecutionId();
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private String pluginVersion() {
        if (mojoExecution != null && mojoExecution.getMojoDescriptor() != null
                && mojoExecution.getMojoDescriptor().getPluginDescriptor() != null) {
            return mojoExecution.getMojoDescriptor().getPluginDescriptor().getVersion();
        }
        return "unknown";
    }
}
