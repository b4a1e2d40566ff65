package io.github.cowrap.parse;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.cdt.core.index.IIndexFileLocation;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.internal.core.parser.IMacroDictionary;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContent;
import org.eclipse.cdt.internal.core.parser.scanner.InternalFileContentProvider;

/**
 * Reads included files from disk in the inputs' encoding, and keeps their text. One
 * instance serves one parse. CDT's own provider for this needs the
 * Eclipse workspace, which a plain JVM does not have.
 */
final class DiskIncludeProvider extends InternalFileContentProvider {

    private final Charset charset;
    /** The text of each file read, for the line-start tables of locations in included files. */
    private final Map<String, char[]> read = new HashMap<>();

    DiskIncludeProvider(Charset charset) {
        this.charset = charset;
    }

    /** The text of an included file as the parser read it, or null. */
    char[] textOf(String path) {
        return read.get(path);
    }

    @Override
    public boolean getInclusionExists(String path) {
        return Files.isRegularFile(Path.of(path));
    }

    @Override
    public InternalFileContent getContentForInclusion(String path, IMacroDictionary macros) {
        Path p = Path.of(path);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            char[] chars = Files.readString(p, charset).toCharArray();
            read.put(path, chars);
            return (InternalFileContent) FileContent.create(path, chars);
        } catch (IOException | RuntimeException e) {
            return null; // reported by the parser as an inclusion it could not resolve
        }
    }

    @Override
    public InternalFileContent getContentForInclusion(IIndexFileLocation location, String astPath) {
        return null;
    }
}
