package io.github.cowrap.parse;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTNodeLocation;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;

/**
 * What the roles of one parse share: the file, its text, its translation unit, the dialect, and
 * the problems found so far. One per parsed file, used by one thread.
 */
final class ParseContext {

    final Dialect dialect;
    /** The file's absolute path, as CDT names it in locations. */
    final String fileName;
    final String displayPath;
    final SourceText text;
    final IASTTranslationUnit tu;
    final List<Diagnostic> problems = new ArrayList<>();
    private final DiskIncludeProvider includes;
    private final Map<String, SourceText> includedTexts = new HashMap<>();

    ParseContext(Dialect dialect, String fileName, String displayPath, SourceText text, IASTTranslationUnit tu,
            DiskIncludeProvider includes) {
        this.dialect = dialect;
        this.fileName = fileName;
        this.displayPath = displayPath;
        this.text = text;
        this.tu = tu;
        this.includes = includes;
    }

    int start(IASTNode node) {
        return node.getFileLocation().getNodeOffset();
    }

    int end(IASTNode node) {
        IASTFileLocation loc = node.getFileLocation();
        return loc.getNodeOffset() + loc.getNodeLength();
    }

    /** A node's text in this file, hidden ranges left out and white space collapsed. */
    String clean(IASTNode node) {
        return text.clean(start(node), end(node));
    }

    SourceLocation location(int offset) {
        return new SourceLocation(displayPath, text.line(offset), text.column(offset));
    }

    /** Where a node starts, in this file or in a file it includes. */
    SourceLocation locationOf(IASTNode node) {
        IASTFileLocation loc = node.getFileLocation();
        if (fileName.equals(loc.getFileName())) {
            return location(loc.getNodeOffset());
        }
        SourceText other = includedTexts.computeIfAbsent(loc.getFileName(), f -> {
            char[] chars = includes == null ? null : includes.textOf(f);
            return chars == null ? null : new SourceText(chars);
        });
        String shown = displayOfIncluded(loc.getFileName());
        if (other == null) {
            return new SourceLocation(shown, Math.max(1, loc.getStartingLineNumber()), 1);
        }
        return new SourceLocation(shown, other.line(loc.getNodeOffset()), other.column(loc.getNodeOffset()));
    }

    /**
     * An included file's path as users see it: relative to the folder the input's shown path is
     * relative to, when it is under it; else absolute.
     */
    private String displayOfIncluded(String included) {
        Path file = Path.of(fileName);
        Path shown = Path.of(displayPath);
        if (shown.isAbsolute()) {
            return included;
        }
        Path base = file;
        for (int i = 0; i < shown.getNameCount() && base != null; i++) {
            base = base.getParent();
        }
        Path inc = Path.of(included);
        if (base != null && inc.startsWith(base)) {
            return base.relativize(inc).toString().replace('\\', '/');
        }
        return included;
    }

    /** Whether a node is in this file (not in an included one). */
    boolean inThisFile(IASTNode node) {
        IASTFileLocation loc = node.getFileLocation();
        return loc != null && fileName.equals(loc.getFileName());
    }

    /** Whether a node's text is written in this file rather than produced by a macro. */
    boolean writtenHere(IASTNode node) {
        if (!inThisFile(node)) {
            return false;
        }
        for (IASTNodeLocation l : node.getNodeLocations()) {
            if (l instanceof IASTMacroExpansionLocation) {
                return false;
            }
        }
        return true;
    }

    void error(int offset, String function, String message, String hint) {
        problems.add(new Diagnostic(location(offset), function, message, hint));
    }
}
