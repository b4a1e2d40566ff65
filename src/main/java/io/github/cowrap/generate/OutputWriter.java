package io.github.cowrap.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes a file only when its bytes change, and atomically: the bytes go to a temporary file
 * beside it ({@code .NAME.UUID.tmp}), which is flushed to the disk ({@link FileChannel#force})
 * and then renamed over the file. So the file is never partial, missing or (after a power loss)
 * empty. Temporary files that an interrupted run left behind are removed by {@link
 * #removeLeftovers}, which every run calls.
 */
public final class OutputWriter {

    /** How often a write is retried when another run removed its temporary file under it. */
    private static final int ATTEMPTS = 3;

    private static final Pattern UUID_TMP = Pattern.compile(
            "\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

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
        for (int attempt = 1;; attempt++) {
            try {
                replace(file.toAbsolutePath(), dir, content);
                return true;
            } catch (NoSuchFileException e) {
                // an overlapping run's removeLeftovers took our temporary file: write it again
                if (attempt == ATTEMPTS || !Files.isDirectory(dir)) {
                    throw e;
                }
            }
        }
    }

    private static void replace(Path file, Path dir, byte[] content) throws IOException {
        // not Files.createTempFile: its files are private (0600), and the move would keep that
        Path tmp = dir.resolve(temporaryPrefix(file) + UUID.randomUUID() + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(content);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Makes the rename itself durable; not every platform can open a directory (Windows cannot). */
    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the rename is still atomic; only its durability is the file system's business
        }
    }

    private static String temporaryPrefix(Path file) {
        return "." + file.getFileName() + ".";
    }

    /**
     * Removes the temporary files that interrupted writes of {@code file} left behind (those named
     * {@code .NAME.UUID.tmp} beside it; nothing else). A write of an overlapping run whose
     * temporary file this removes writes again.
     *
     * @return how many were removed
     */
    public static int removeLeftovers(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return 0;
        }
        String prefix = temporaryPrefix(file);
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir,
                p -> p.getFileName().toString().startsWith(prefix))) {
            for (Path p : entries) {
                String name = p.getFileName().toString();
                if (name.startsWith(prefix) && UUID_TMP.matcher(name.substring(prefix.length() - 1)).matches()
                        && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.deleteIfExists(p)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
