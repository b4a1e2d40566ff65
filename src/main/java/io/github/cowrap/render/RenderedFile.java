package io.github.cowrap.render;

import java.util.Map;

/**
 * The generated C, with the line where each wrapper's section starts.
 *
 * @param text the whole file
 * @param sectionLines the 1-based first line of each wrapper's section, by wrapper name
 */
public record RenderedFile(String text, Map<String, Integer> sectionLines) {

    public RenderedFile {
        sectionLines = Map.copyOf(sectionLines);
    }
}
