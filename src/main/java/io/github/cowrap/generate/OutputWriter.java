package io.github.cowrap.generate;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/** Writes a file only when its bytes change, and atomically: never a partial or a missing file. */
public final class OutputWriter {

    private OutputWriter() {}

    /**
     * Makes {@code file} hold {@code content}.
     *
     * @return whether the file was written; false when it already held exactly that
     */
    public static boolean writeIfChanged(Path file, byte[] content) throws IOException {
        try {
            if (Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content)) {
                return false;
            }
        } catch (NoSuchFileException e) {
            // written below
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its files are private (0600), and the move would keep that
        Path tmp = dir.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return true;
    }
}
