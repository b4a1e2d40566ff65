package io.github.cowrap.generate;

import io.github.cowrap.model.Generation;
import java.nio.file.Path;

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
        long millis) {}
