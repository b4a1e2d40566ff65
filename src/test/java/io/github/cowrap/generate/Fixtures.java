package io.github.cowrap.generate;

import io.github.cowrap.dialect.Dialects;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small project on disk made of the test headers. */
final class Fixtures {

    static final List<String> HEADERS = List.of("shapes.h", "more.h");

    private Fixtures() {}

    /** Copies the test headers into {@code project/src/main/c}. */
    static List<Path> project(Path project) throws IOException {
        Path src = Files.createDirectories(project.resolve("src/main/c"));
        for (String h : HEADERS) {
            try (InputStream in = Fixtures.class.getResourceAsStream(h)) {
                Files.write(src.resolve(h), in.readAllBytes());
            }
        }
        return HEADERS.stream().map(src::resolve).toList();
    }

    static GenerationRequest request(Path project, List<Path> headers) {
        return request(project, headers, List.of(), null, List.of());
    }

    static GenerationRequest request(Path project, List<Path> headers, List<String> macros, Path templates,
            List<Path> includePaths) {
        return new GenerationRequest(Dialects.find("qemu").orElseThrow(), headers, project,
                project.resolve("target/generated-sources/cowrap/block-gen.c"), null, templates, macros,
                includePaths, StandardCharsets.UTF_8);
    }
}
