package io.github.cowrap.maven;

import io.github.cowrap.check.TargetCheck;
import io.github.cowrap.generate.IncrementalRun;
import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.GenerationResult;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Generation;
import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
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
 * those of the previous successful run of the same execution, and the output is as that run left
 * it, nothing is parsed or rendered. The state lives in {@code target/cowrap/EXECUTION-ID.state}.
 * With {@code includePaths} set, included files are not tracked and every run generates (the
 * output is still only rewritten when its content changes).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractCowrapMojo {

    /** The directory the C file is written to. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/cowrap", required = true)
    protected File outputDirectory;

    /** The name of the C file. */
    @Parameter(defaultValue = "block-gen.c", required = true)
    protected String outputFileName;

    /** Where the up-to-date state of each execution is kept. */
    @Parameter(defaultValue = "${project.build.directory}/cowrap", readonly = true, required = true)
    protected File stateDirectory;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true)
    protected MojoExecution mojoExecution;

    /** The IDE's view of the build (m2e); on the command line, a plain pass-through. */
    @Component
    protected BuildContext buildContext;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cowrap: skipped (cowrap.skip)");
            return;
        }
        Path outputFile = outputDirectory.toPath().resolve(outputFileName);
        GenerationRequest request = request(outputFile);
        Path stateFile = stateDirectory.toPath().resolve(executionId() + ".state");

        if (noDelta(request, outputFile, stateFile)) {
            getLog().info("cowrap: up to date (no change in the workspace) -> " + request.display(outputFile)
                    + ", parsing and rendering skipped");
            return;
        }

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

    /**
     * In an IDE's incremental build, whether none of the inputs changed since the last build, as
     * the IDE tells: then even digesting them is saved. Only for inputs inside the project, whose
     * changes the IDE sees; on the command line the build is never incremental.
     */
    private boolean noDelta(GenerationRequest request, Path outputFile, Path stateFile) {
        if (buildContext == null || !buildContext.isIncremental() || !request.includePaths().isEmpty()
                || !Files.isRegularFile(outputFile) || !Files.isRegularFile(stateFile)) {
            return false;
        }
        Path base = basedir.toPath().toAbsolutePath().normalize();
        List<String> watched = new ArrayList<>();
        List<Path> files = new ArrayList<>(request.headers());
        if (request.templateDirectory() != null) {
            files.add(request.templateDirectory());
        }
        for (Path f : files) {
            Path abs = f.toAbsolutePath().normalize();
            if (!abs.startsWith(base)) {
                return false;
            }
            watched.add(base.relativize(abs).toString().replace(File.separatorChar, '/'));
        }
        watched.add("pom.xml");
        return !buildContext.hasDelta(watched);
    }
}
