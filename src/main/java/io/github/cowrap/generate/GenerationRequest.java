package io.github.cowrap.generate;

import io.github.cowrap.check.TargetCheck;
import io.github.cowrap.dialect.Dialect;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One run's configuration, as the core needs it.
 *
 * @param dialect the dialect
 * @param headers the inputs, in output order
 * @param baseDirectory paths are shown relative to it
 * @param outputFile the C file to write
 * @param includes the output's {@code #include} lines; null for the dialect's
 * @param templateDirectory templates here replace built-in ones; null for none
 * @param macros extra macro definitions ({@code NAME[(a, b)][=VALUE]})
 * @param includePaths where {@code #include}s are resolved; empty to not follow them
 * @param encoding the inputs' encoding
 * @param targetCheck what a wrapper whose target is declared in none of the parsed files gives;
 *     null for the default ({@link TargetCheck#WARN})
 */
public record GenerationRequest(
        Dialect dialect,
        List<Path> headers,
        Path baseDirectory,
        Path outputFile,
        List<String> includes,
        Path templateDirectory,
        List<String> macros,
        List<Path> includePaths,
        Charset encoding,
        TargetCheck targetCheck) {

    public GenerationRequest {
        Objects.requireNonNull(dialect, "dialect");
        headers = List.copyOf(headers);
        Objects.requireNonNull(baseDirectory, "baseDirectory");
        includes = includes == null ? null : List.copyOf(includes);
        macros = macros == null ? List.of() : List.copyOf(macros);
        includePaths = includePaths == null ? List.of() : List.copyOf(includePaths);
        encoding = encoding == null ? StandardCharsets.UTF_8 : encoding;
        targetCheck = targetCheck == null ? TargetCheck.DEFAULT : targetCheck;
    }

    /** A request with the default target check. */
    public GenerationRequest(Dialect dialect, List<Path> headers, Path baseDirectory, Path outputFile,
            List<String> includes, Path templateDirectory, List<String> macros, List<Path> includePaths,
            Charset encoding) {
        this(dialect, headers, baseDirectory, outputFile, includes, templateDirectory, macros, includePaths, encoding,
                null);
    }

    /** The {@code #include} lines in effect. */
    public List<String> effectiveIncludes() {
        return includes == null ? dialect.defaultIncludes() : includes;
    }

    /** A path as shown to users: relative to the base directory, with forward slashes. */
    public String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path base = baseDirectory.toAbsolutePath().normalize();
        Path shown = abs.getRoot() != null && abs.getRoot().equals(base.getRoot()) ? base.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
