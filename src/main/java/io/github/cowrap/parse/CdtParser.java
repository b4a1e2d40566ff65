package io.github.cowrap.parse;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.DefaultLogService;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.IncludeFileContentProvider;
import org.eclipse.cdt.core.parser.ScannerInfo;

/**
 * CDT's GNU C parser, set up once for this plugin: function bodies skipped (and comments, which {@link
 * SourceText} finds itself), and
 * run on a thread of its own with a large stack, because CDT's parser recurses once per nesting
 * level of an expression (a thousand nested parentheses overflow a default stack).
 */
final class CdtParser {

    /** Stack of the parsing thread; only touched pages are committed, so the size costs nothing unused. */
    static final long STACK_BYTES = 512L * 1024 * 1024;

    /** The parser ran out of stack even on the large one: the input nests too deep. */
    static final class TooDeepException extends Exception {
        private static final long serialVersionUID = 1L;

        TooDeepException(Throwable cause) {
            super("nested too deeply for the C parser", cause);
        }
    }

    private final Map<String, String> macros;
    private final String[] includePaths;

    CdtParser(Map<String, String> macros, String[] includePaths) {
        this.macros = macros;
        this.includePaths = includePaths;
    }

    /**
     * Parses one file.
     *
     * @param includes where included files are read from, or null when includes are not followed
     */
    IASTTranslationUnit parse(String fileName, char[] chars, DiskIncludeProvider includes) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        Runnable work = () -> {
            try {
                result.set(GCCLanguage.getDefault().getASTTranslationUnit(
                        FileContent.create(fileName, chars),
                        new ScannerInfo(macros, includePaths),
                        includes == null ? IncludeFileContentProvider.getEmptyFilesProvider() : includes,
                        null,
                        ILanguage.OPTION_SKIP_FUNCTION_BODIES
                                | ILanguage.OPTION_NO_IMAGE_LOCATIONS,
                        new DefaultLogService()));
            } catch (StackOverflowError e) {
                result.set(new TooDeepException(e));
            } catch (Exception | LinkageError e) {
                result.set(e);
            }
        };
        Thread thread = new Thread(null, work, "cowrap-parse", STACK_BYTES);
        thread.setDaemon(true);
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
        thread.join();
        Object r = result.get();
        if (r instanceof IASTTranslationUnit tu) {
            return tu;
        }
        if (r instanceof Exception e) {
            throw e;
        }
        throw new IllegalStateException("the C parser returned nothing", r instanceof Throwable t ? t : null);
    }
}
