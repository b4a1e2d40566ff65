package io.github.cowrap.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The one home of the rules on where the output may go, for the goal and the command line alike:
 * its name is a file name (it cannot climb out of its directory), and it is never one of the
 * files the run reads.
 */
public final class OutputPaths {

    private OutputPaths() {}

    /**
     * The output file {@code fileName} in {@code directory}.
     *
     * @param origin where the name was configured, for the message (e.g. {@code outputFileName})
     * @throws CowrapException when {@code fileName} is not a plain file name: empty, with a
     *     separator, {@code .} or {@code ..}, or absolute
     */
    public static Path resolve(Path directory, String fileName, String origin) throws CowrapException {
        String how = "; it must be a plain file name such as block-gen.c (the folder goes in the output directory)";
        if (fileName == null || fileName.isBlank()) {
            throw new CowrapException(origin + " is empty" + how);
        }
        String shown = "'" + fileName + "'";
        if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
            throw new CowrapException(origin + " " + shown + " holds a path separator" + how);
        }
        if (fileName.equals(".") || fileName.equals("..")) {
            throw new CowrapException(origin + " " + shown + " is not a file name" + how);
        }
        Path name;
        try {
            name = Path.of(fileName);
        } catch (InvalidPathException e) {
            throw new CowrapException(origin + " " + shown + " is not a valid file name here: " + e.getReason() + how);
        }
        if (name.isAbsolute() || name.getRoot() != null || name.getNameCount() != 1) {
            throw new CowrapException(origin + " " + shown + " is a path" + how);
        }
        return directory.resolve(name);
    }

    /**
     * Refuses an output that is one of the files the run reads: the same path, or the same file
     * through a link (checked with {@link Files#isSameFile}, which follows links and compares
     * file identity).
     *
     * @param output the file to be written
     * @param inputs the files the run reads
     * @throws CowrapException naming both paths
     */
    public static void refuseInputs(Path output, List<Path> inputs) throws CowrapException {
        Path out = output.toAbsolutePath().normalize();
        boolean exists = Files.exists(output);
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (out.equals(in) || exists && sameFile(output, input)) {
                throw new CowrapException("the output " + output + " is the input " + input
                        + (out.equals(in) ? "" : " (" + real(output) + ")")
                        + ": writing it would destroy the input; choose another output file");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath();
        }
    }
}
