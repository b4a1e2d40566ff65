package io.github.cowrap.testing;

import io.github.cowrap.check.TargetCheck;
import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Wrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A folder of headers written by a test, and the core run on them. */
public final class Workspace {

    private final Path root;
    private final List<Path> headers = new ArrayList<>();
    private Dialect dialect = Dialects.qemu();
    private List<String> macros = List.of();
    private List<Path> includePaths = List.of();
    private List<String> includes;
    private Path templateDirectory;
    private Charset encoding = StandardCharsets.UTF_8;
    private TargetCheck targetCheck = TargetCheck.DEFAULT;

    public Workspace(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Workspace dialect(Dialect d) {
        this.dialect = d;
        return this;
    }

    public Workspace macros(String... m) {
        this.macros = List.of(m);
        return this;
    }

    public Workspace includePaths(Path... p) {
        this.includePaths = List.of(p);
        return this;
    }

    public Workspace includes(String... i) {
        this.includes = List.of(i);
        return this;
    }

    public Workspace templates(Path dir) {
        this.templateDirectory = dir;
        return this;
    }

    public Workspace targetCheck(TargetCheck t) {
        this.targetCheck = t;
        return this;
    }

    public Workspace encoding(Charset c) {
        this.encoding = c;
        return this;
    }

    /** Writes a file (not an input) under the root. */
    public Path file(String name, String text) {
        return write(name, text.getBytes(encoding));
    }

    /** Writes a header and makes it the next input. */
    public Workspace header(String name, String text) {
        headers.add(file(name, text));
        return this;
    }

    /** Adds an input that need not exist. */
    public Workspace input(String name) {
        headers.add(root.resolve(name));
        return this;
    }

    public Path write(String name, byte[] bytes) {
        try {
            Path p = root.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path output() {
        return root.resolve("out/block-gen.c");
    }

    public GenerationRequest request() {
        return new GenerationRequest(dialect, headers, root, output(), includes, templateDirectory, macros,
                includePaths, encoding, targetCheck);
    }

    /** Parses and checks; problems are in the result. */
    public Generation analyse() {
        try {
            return new Generator().analyse(request());
        } catch (CowrapException e) {
            throw new AssertionError(e);
        }
    }

    /** The wrappers, failing the test if any input is rejected. */
    public List<Wrapper> wrappers() {
        Generation g = analyse();
        if (!g.problems().isEmpty()) {
            throw new AssertionError("unexpected problems: " + g.problems());
        }
        return g.wrappers();
    }

    public List<Diagnostic> problems() {
        return analyse().problems();
    }

    public List<Diagnostic> warnings() {
        return analyse().warnings();
    }

    /** Generates the C file and returns its text. */
    public String generate() throws CowrapException {
        new Generator().generate(request());
        try {
            return Files.readString(output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
