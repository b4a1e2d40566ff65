package io.github.cowrap.parse;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;

/**
 * Parses headers with CDT's GNU C parser and finds their marked declarations. An instance holds
 * only configuration, never changed after construction, and each call parses into its own
 * translation unit: one instance may parse several headers in parallel.
 *
 * <p>The roles, each in its own class: {@link InputDecoder} (bytes to text), {@link CdtParser}
 * (the parser's set-up), {@link MacroSweep} (marks, annotations, hidden text), {@link
 * DeclarationReader} (the one pass over the declarations), {@link TypeSpeller} and {@link
 * HeaderSpelling} (types compared and types written), {@link Suspects} and {@link MarkSpelling}
 * (what to blame when a declaration does not read).
 */
public final class HeaderParser {

    private final Dialect dialect;
    private final Charset charset;
    private final boolean followIncludes;
    private final CdtParser cdt;

    /**
     * @param dialect the dialect whose marks and annotation macros to use
     * @param userMacros extra definitions ({@link MacroDefinitions}) that override the dialect's
     * @param includePaths where {@code #include}s are resolved; empty means they are not followed
     * @param charset the inputs' encoding
     */
    public HeaderParser(Dialect dialect, List<String> userMacros, List<Path> includePaths, Charset charset) {
        this.dialect = dialect;
        Map<String, String> all = new LinkedHashMap<>(MacroDefinitions.parse(dialect.macros()));
        for (String mark : dialect.marks().keySet()) {
            all.put(mark, "");
        }
        all.putAll(MacroDefinitions.parse(userMacros));
        this.charset = charset;
        this.followIncludes = !includePaths.isEmpty();
        this.cdt = new CdtParser(all,
                includePaths.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new));
    }

    /**
     * Parses one header.
     *
     * @param file the file to read
     * @param displayPath the path to show in diagnostics
     */
    public ParsedHeader parse(Path file, String displayPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(displayPath, 1, 1, "no such file", null);
        } catch (IOException e) {
            return failed(displayPath, 1, 1, "cannot read: " + e.getMessage(), null);
        }
        return parse(file, displayPath, bytes);
    }

    /**
     * Parses one header from bytes already read (the run's up-to-date state digests the same
     * bytes).
     *
     * @param file the file they were read from
     * @param displayPath the path to show in diagnostics
     * @param bytes its content
     */
    public ParsedHeader parse(Path file, String displayPath, byte[] bytes) {
        char[] chars;
        try {
            chars = InputDecoder.decode(bytes, charset);
        } catch (InputDecoder.MalformedInputException e) {
            return failed(displayPath, e.line, e.column, "not valid " + charset.name() + " text",
                    "set the encoding parameter to the headers' encoding");
        }
        String fileName = file.toAbsolutePath().toString();
        SourceText text = new SourceText(chars);
        DiskIncludeProvider includes = followIncludes ? new DiskIncludeProvider(charset) : null;
        IASTTranslationUnit tu;
        try {
            tu = cdt.parse(fileName, chars, includes);
        } catch (CdtParser.TooDeepException e) {
            int at = text.deepestNesting();
            return failed(displayPath, text.line(at), text.column(at), "nested too deeply for the C parser",
                    "the parser ran out of stack at the deepest nesting, here or near it");
        } catch (Exception e) {
            return failed(displayPath, 1, 1, "the C parser failed on this file: " + e, null);
        }
        ParseContext ctx = new ParseContext(dialect, fileName, displayPath, text, tu, includes);
        DeclarationReader reader = new DeclarationReader(ctx, MacroSweep.run(ctx));
        reader.run();
        ctx.problems.sort(Comparator.comparingInt((Diagnostic d) -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return new ParsedHeader(displayPath, reader.marked, ctx.problems, reader.functions);
    }

    private static ParsedHeader failed(String displayPath, int line, int column, String message, String hint) {
        return new ParsedHeader(displayPath, List.of(),
                List.of(new Diagnostic(new SourceLocation(displayPath, line, column), null, message, hint)), List.of());
    }
}
