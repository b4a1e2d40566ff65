package io.github.cowrap.generate;

import io.github.cowrap.render.TemplateFiles;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The bytes of every file a run reads, each read once: the headers and the files of the template
 * directory. The run digests these bytes for its up-to-date state and parses and renders these
 * same bytes, so the state can never describe other content than the output was made from (an
 * input edited during the run is seen by the next run). Templates are only ever read from here:
 * a template cannot reach a file outside its directory.
 *
 * @param headers the inputs, in the request's order
 * @param templates the template directory's regular files (links followed) by their path
 *     relative to it, with '/'; empty without a template directory
 */
public record Sources(List<Input> headers, Map<String, byte[]> templates) {

    /**
     * One input header as read.
     *
     * @param path the file
     * @param bytes its content, or null when it could not be read
     * @param problem why it could not be read ({@code no such file}, ...), or null
     */
    public record Input(Path path, byte[] bytes, String problem) {}

    public Sources {
        headers = List.copyOf(headers);
        templates = Collections.unmodifiableMap(new TreeMap<>(templates));
    }

    /**
     * Reads the request's headers and template directory.
     *
     * @throws CowrapException when the template directory cannot be used: missing, not a
     *     directory, unreadable, or holding a template the plugin never uses
     */
    public static Sources read(GenerationRequest request) throws CowrapException {
        List<Input> headers = new ArrayList<>();
        for (Path h : request.headers()) {
            headers.add(readInput(h));
        }
        return new Sources(headers, templates(request));
    }

    private static Input readInput(Path h) {
        try {
            return new Input(h, Files.readAllBytes(h), null);
        } catch (NoSuchFileException e) {
            return new Input(h, null, "no such file");
        } catch (IOException e) {
            return new Input(h, null, "cannot read: " + e.getMessage());
        }
    }

    /** The files of the request's template directory, checked; empty when it has none. */
    public static Map<String, byte[]> templates(GenerationRequest request) throws CowrapException {
        Path dir = request.templateDirectory();
        if (dir == null) {
            return Map.of();
        }
        String shown = request.display(dir);
        if (!Files.exists(dir)) {
            throw new CowrapException("template directory " + shown + " does not exist (" + dir.toAbsolutePath()
                    + "); create it with the templates to replace, or remove the setting");
        }
        if (!Files.isDirectory(dir)) {
            throw new CowrapException("template directory " + shown + " is not a directory");
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir, FileVisitOption.FOLLOW_LINKS)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                files.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        } catch (java.io.UncheckedIOException e) {
            throw templateProblem(shown, e.getCause());
        } catch (IOException e) {
            throw templateProblem(shown, e);
        }
        List<String> problems = TemplateFiles.problems(shown, files);
        if (!problems.isEmpty()) {
            throw new CowrapException(String.join(System.lineSeparator(), problems));
        }
        return files;
    }

    private static CowrapException templateProblem(String shown, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return new CowrapException("template directory " + shown + " links back into itself at "
                    + e.getMessage() + "; remove the link", e);
        }
        return new CowrapException("cannot read template directory " + shown + ": " + e, e);
    }
}
