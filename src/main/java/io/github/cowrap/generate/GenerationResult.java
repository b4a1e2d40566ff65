package io.github.cowrap.generate;

import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Wrapper;
import java.nio.file.Path;
import java.util.List;

/**
 * What a successful run did.
 *
 * @param generation the model that was rendered
 * @param outputFile the file
 * @param written whether the file was (re)written; false when its content was already right
 * @param content the bytes the run rendered, which the file holds (the up-to-date state digests
 *     these, not the file read back: another run may have replaced it since)
 * @param millis the time taken
 */
public record GenerationResult(Generation generation, Path outputFile, boolean written, byte[] content,
        long millis) {

    /** The warnings the run gave (it succeeded: there are no errors). */
    public List<Diagnostic> warnings() {
        return generation.warnings();
    }

    /** How many wrappers' targets were found declared among the parsed files. */
    public int targetsFound() {
        return (int) generation.wrappers().stream().filter(Wrapper::targetFound).count();
    }

    /** How many wrappers' targets are declared in none of the parsed files. */
    public int targetsNotFound() {
        return generation.wrappers().size() - targetsFound();
    }
}
