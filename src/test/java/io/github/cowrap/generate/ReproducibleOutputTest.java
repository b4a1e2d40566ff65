package io.github.cowrap.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same inputs give the same bytes: in another locale, another checkout path, another JVM. */
class ReproducibleOutputTest {

    @TempDir
    Path a;

    @TempDir
    Path b;

    private static byte[] generate(Path project) throws Exception {
        GenerationRequest r = Fixtures.request(project, Fixtures.project(project));
        new Generator().generate(r);
        return Files.readAllBytes(r.outputFile());
    }

    @Test
    void anotherCheckoutPathGivesTheSameBytesWithNoPathOrTimeInThem() throws Exception {
        byte[] here = generate(a);
        byte[] there = generate(b);
        assertThat(there).isEqualTo(here);
        String text = new String(here, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(a.toString()).doesNotContain(b.toString())
                .doesNotContain(System.getProperty("user.name"))
                .doesNotContain(String.valueOf(java.time.Year.now().getValue()))
                .contains(" *   src/main/c/shapes.h\n")
                .contains("BdrvInvalidateIo").contains("BdrvInitInfo").contains("BdrvCoIterateItems");
    }

    @Test
    void aTurkishDefaultLocaleGivesTheSameBytes() throws Exception {
        byte[] expected = generate(a);
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat("i".toUpperCase()).as("the locale is really Turkish").isEqualTo("\u0130");
            assertThat(generate(b)).isEqualTo(expected);
        } finally {
            Locale.setDefault(saved);
        }
    }

    /** A whole JVM started in tr_TR with another default charset, running the command line. */
    @Test
    void aJvmStartedInTurkishGivesTheSameBytes() throws Exception {
        byte[] expected = generate(a);
        List<Path> headers = Fixtures.project(b);
        Path out = b.resolve("target/generated-sources/cowrap/block-gen.c");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-9",
                "-cp", System.getProperty("java.class.path"),
                "io.github.cowrap.cli.Main", b.relativize(out).toString()));
        headers.forEach(h -> cmd.add(b.relativize(h).toString()));
        Process p = new ProcessBuilder(cmd).directory(b.toFile()).redirectErrorStream(true)
                .redirectOutput(b.resolve("cli.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(b.resolve("cli.log"))).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(expected);
    }

    @Test
    void theOrderOfTheHeadersIsTheConfiguredOrderEvenWhenParsedInParallel() throws Exception {
        List<Path> headers = Fixtures.project(a);
        GenerationRequest forward = Fixtures.request(a, headers);
        String text = new String(render(forward));
        assertThat(text.indexOf("Wrappers for bdrv_co_invalidate_io"))
                .isLessThan(text.indexOf("Wrappers for blk_co_image_size"));
        for (int i = 0; i < 5; i++) {
            assertThat(new String(render(forward))).isEqualTo(text);
        }
    }

    private static byte[] render(GenerationRequest r) throws Exception {
        Generator g = new Generator();
        return g.render(r, g.analyse(r)).text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

}
