package io.github.cowrap.maven;

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
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractCowrapMojo {

    /** The directory the C file is written to. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/cowrap", required = true)
    protected File outputDirectory;

    /** Where the up-to-date state of each execution is kept. */
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
        Path stateFile = stateDirectory.toPath().resolve(executionId() + ".state");

        IncrementalRun run;
        try {
            run = IncrementalRun.run(new Generator(), request, stateFile, pluginVersion());
        } catch (CowrapException e) {
            e.diagnostics().forEach(d -> getLog().error(d.format()));
            throw new MojoFailureException(e.getMessage(), e);
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
        if (result.written() && buildContext != null) {
            buildContext.refresh(outputFile.toFile());
        }
        Generation g = result.generation();
        getLog().info(String.format("cowrap: %d wrapper%s from %d header%s (dialect %s) -> %s, %s (%s) in %d ms",
                g.wrappers().size(), g.wrappers().size() == 1 ? "" : "s",
                g.headers().size(), g.headers().size() == 1 ? "" : "s",
                g.dialect(), request.display(result.outputFile()),
                result.written() ? "written" : "unchanged", run.reason(), run.millis()));
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
