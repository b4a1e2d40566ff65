package io.github.cowrap.generate;

import io.github.cowrap.model.Generation;
import java.nio.file.Path;

/**
 * What a successful run did.
 *
 * @param generation the model that was rendered
 * @param outputFile the file
 * @param written whether the file was (re)written; false when its content was already right
 * @param millis the time taken
 */
public record GenerationResult(Generation generation, Path outputFile, boolean written, long millis) {}
