package io.github.cowrap.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Compiles generated wrappers with gcc ({@code -Wall -Wextra -Werror}) against the C test
 * runtime the ITs use ({@code src/it/common}) and a driver that defines the targets, then runs
 * the result: the wrappers must not only compile but pass their arguments on intact.
 */
final class CompileAndRun {

    private static final Path CCRUN = Path.of("src/it/common/ccrun.sh");

    private CompileAndRun() {}

    static boolean available() {
        return Files.isRegularFile(CCRUN) && io.github.cowrap.testing.Gcc.available();
    }

    /**
     * @param headerDir where the header the generated file includes is ({@code header} its name)
     * @return the driver's output when something failed, or null when all its checks passed
     */
    static String run(Path work, Path headerDir, String header, String generated, String driver)
            throws IOException, InterruptedException {
        return run(work, headerDir, header, generated, driver, "");
    }

    /** The same, with extra gcc flags (the -D definitions the parser was given, split on spaces). */
    static String run(Path work, Path headerDir, String header, String generated, String driver, String cflags)
            throws IOException, InterruptedException {
        Path gen = work.resolve("gen.c");
        Path drv = work.resolve("driver.c");
        Files.writeString(gen, generated, StandardCharsets.UTF_8);
        Files.writeString(drv, driver, StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder("sh", CCRUN.toString(), "--header", header,
                work.resolve("bin").toString(), gen.toString(), drv.toString(), headerDir.toString());
        pb.environment().put("CCRUN_CFLAGS", cflags);
        Process p = pb.redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "timed out";
        }
        return p.exitValue() == 0 ? null : out + "\n--- generated ---\n" + generated;
    }
}
