package io.github.cowrap.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fileset gives the same order whatever order the file system lists the files in. */
class InputOrderTest {

    private static final List<String> NAMES = List.of("b/z.h", "a.h", "b/a.h", "B.h", "c.h", "a/y.h", "aa.h");

    private static List<String> inputs(Path dir, List<String> creationOrder) throws Exception {
        for (String n : creationOrder) {
            Path f = dir.resolve(n);
            Files.createDirectories(f.getParent());
            Files.writeString(f, "");
        }
        GenerateMojo mojo = new GenerateMojo();
        mojo.sourceDirectory = dir.toFile();
        return mojo.inputs().stream().map(p -> dir.relativize(p).toString().replace('\\', '/')).toList();
    }

    private static List<String> reversed(List<String> l) {
        List<String> r = new java.util.ArrayList<>(l);
        java.util.Collections.reverse(r);
        return r;
    }

    @Test
    void theFilesetIsSortedByRelativePath(@TempDir Path one, @TempDir Path two) throws Exception {
        List<String> forward = inputs(one, NAMES);
        List<String> backward = inputs(two, reversed(NAMES));
        assertThat(forward).isEqualTo(backward)
                .containsExactly("B.h", "a.h", "a/y.h", "aa.h", "b/a.h", "b/z.h", "c.h");
    }
}
