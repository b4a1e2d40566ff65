package io.github.cowrap.maven;

import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.GenerationResult;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Generation;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;

/**
 * Generates the C coroutine wrappers for the marked declarations in the configured headers.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractCowrapMojo {

    /** The directory the C file is written to. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/cowrap", required = true)
    protected File outputDirectory;

    /** The name of the C file. */
    @Parameter(defaultValue = "block-gen.c", required = true)
    protected String outputFileName;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("cowrap: skipped (cowrap.skip)");
            return;
        }
        GenerationRequest request = request(outputDirectory.toPath().resolve(outputFileName));
        GenerationResult result;
        try {
            result = new Generator().generate(request);
        } catch (CowrapException e) {
            e.diagnostics().forEach(d -> getLog().error(d.format()));
            throw new MojoFailureException(e.getMessage(), e);
        }
        Generation g = result.generation();
        getLog().info(String.format("cowrap: %d wrapper%s from %d header%s (dialect %s) -> %s, %s in %d ms",
                g.wrappers().size(), g.wrappers().size() == 1 ? "" : "s",
                g.headers().size(), g.headers().size() == 1 ? "" : "s",
                g.dialect(), request.display(result.outputFile()),
                result.written() ? "written" : "unchanged", result.millis()));
    }
}
