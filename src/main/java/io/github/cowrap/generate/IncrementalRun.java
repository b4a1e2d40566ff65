package io.github.cowrap.generate;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One execution's run against the state its previous successful run left: generates only when
 * something it depends on changed, and records the new state after success.
 *
 * @param result what generating did, or null when everything was up to date
 * @param reason why it generated (null when up to date)
 * @param stateProblem why the state could not be recorded, or null; the next run then generates
 * @param millis the time taken
 */
public record IncrementalRun(GenerationResult result, String reason, String stateProblem, long millis) {

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
     * @throws CowrapException when generating is needed and an input is rejected
     */
    public static IncrementalRun run(Generator generator, GenerationRequest request, Path stateFile,
            String toolVersion) throws CowrapException {
        long start = System.nanoTime();
        Path output = request.outputFile();
        BuildState previous = null;
        BuildState state = null;
        String reason;
        try {
            previous = BuildState.read(stateFile);
            state = BuildState.of(request, toolVersion, previous);
            reason = state.outdatedReason(previous, output);
        } catch (IOException e) {
            reason = "cannot check the previous state: " + e.getMessage();
        }
        if (reason == null) {
            return new IncrementalRun(null, null, null, millisSince(start));
        }
        GenerationResult result = generator.generate(request);
        String stateProblem = null;
        if (state != null) {
            try {
                state.withOutput(output, result.written() ? null : previous).write(stateFile);
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
