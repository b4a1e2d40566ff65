package io.github.cowrap.generate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One execution's run against the state its previous successful run left: generates only when
 * something it depends on changed, and records the new state after success.
 *
 * <p>Every run reads every input and template once ({@link Sources}) and digests the bytes; a
 * generating run parses and renders those same bytes and records the digest of the bytes it
 * rendered. So a recorded state always pairs inputs with the output made from exactly them, and
 * however two runs overlap, the output file matches the recorded output digest only if it was
 * made from the recorded inputs. With {@code includePaths} set, included files are not tracked:
 * every run generates (the output is still only rewritten when its content changes).
 *
 * @param result what generating did, or null when everything was up to date
 * @param reason why it generated (null when up to date)
 * @param stateProblem why the state could not be recorded, or null; the next run then generates
 * @param millis the time taken
 */
public record IncrementalRun(GenerationResult result, String reason, String stateProblem, long millis) {

    /** The generating step; a seam for tests that interleave runs. */
    @FunctionalInterface
    interface Step {
        GenerationResult generate(GenerationRequest request, Sources sources) throws CowrapException;
    }

    public boolean upToDate() {
        return result == null;
    }

    /**
     * Generates unless the state file says the output is up to date.
     *
     * @param generator the core
     * @param request the run's configuration
     * @param stateFile where this execution's state is kept
     * @param toolVersion the plugin's version, part of the state
     * @throws CowrapException when generating is needed and an input is rejected, or the
     *     configuration cannot be used
     */
    public static IncrementalRun run(Generator generator, GenerationRequest request, Path stateFile,
            String toolVersion) throws CowrapException {
        return run(generator::generate, request, stateFile, toolVersion);
    }

    static IncrementalRun run(Step step, GenerationRequest request, Path stateFile, String toolVersion)
            throws CowrapException {
        long start = System.nanoTime();
        Path output = request.outputFile();
        try {
            OutputWriter.removeLeftovers(output);
            OutputWriter.removeLeftovers(stateFile);
        } catch (IOException e) {
            // only tidiness: a leftover does no harm to this run
        }
        Sources sources = Sources.read(request);
        BuildState state = null;
        String reason;
        try {
            state = BuildState.of(request, sources, toolVersion);
            reason = !request.includePaths().isEmpty() ? "includePaths is set and included files are not tracked"
                    : state.outdatedReason(BuildStateFile.read(stateFile), BuildState.fileDigest(output));
        } catch (IOException e) {
            reason = "cannot check the previous state: " + e.getMessage();
        }
        if (reason == null) {
            return new IncrementalRun(null, null, null, millisSince(start));
        }
        GenerationResult result = step.generate(request, sources);
        String stateProblem = null;
        if (state != null) {
            try {
                BuildStateFile.write(stateFile, state.withOutput(result.content()));
            } catch (IOException e) {
                stateProblem = "cannot record the state in " + stateFile + " (the next run will generate again): " + e;
            }
        }
        return new IncrementalRun(result, reason, stateProblem, millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
