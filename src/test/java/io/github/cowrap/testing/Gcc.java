package io.github.cowrap.testing;

import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Wrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Checks that generated C compiles: gcc {@code -fsyntax-only -Wall -Wextra -Werror} on the
 * generated file, preceded by a prelude that stands in for QEMU's headers and declares each
 * wrapper's target from the model.
 */
public final class Gcc {

    /** What the generated code uses, declared as QEMU's headers would. */
    public static final String PRELUDE = """
            #include <assert.h>
            #include <stdbool.h>
            #include <stdint.h>
            #include <stddef.h>
            #define coroutine_fn
            typedef struct Coroutine Coroutine;
            typedef struct AioContext AioContext;
            typedef struct BlockDriverState BlockDriverState;
            typedef struct BdrvChild { BlockDriverState *bs; } BdrvChild;
            typedef struct BlockBackend BlockBackend;
            typedef int BdrvRequestFlags;
            typedef struct Error Error;
            #ifdef LEGACY
            typedef struct BdrvPollCo { BlockDriverState *bs; bool in_progress; int ret; Coroutine *co; } BdrvPollCo;
            int bdrv_poll_co(BdrvPollCo *s);
            BlockDriverState *blk_bs(BlockBackend *blk);
            #else
            typedef struct BdrvPollCo { AioContext *ctx; bool in_progress; Coroutine *co; } BdrvPollCo;
            void bdrv_poll_co(BdrvPollCo *s);
            #endif
            bool qemu_in_coroutine(void);
            Coroutine *qemu_coroutine_create(void (*entry)(void *), void *opaque);
            Coroutine *qemu_coroutine_self(void);
            void qemu_coroutine_yield(void);
            AioContext *qemu_get_current_aio_context(void);
            AioContext *qemu_get_aio_context(void);
            void aio_wait_kick(void);
            void aio_co_wake(Coroutine *co);
            void aio_bh_schedule_oneshot(AioContext *ctx, void (*cb)(void *), void *opaque);
            void bdrv_graph_co_rdlock(void);
            void bdrv_graph_co_rdunlock(void);
            void bdrv_graph_rdlock_main_loop(void);
            void bdrv_graph_rdunlock_main_loop(void);
            void bdrv_graph_wrlock(void);
            void bdrv_graph_wrunlock(void);
            void assume_graph_lock(void);
            """;

    private Gcc() {}

    public static boolean available() {
        try {
            return new ProcessBuilder("gcc", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The marks and annotations, empty, as QEMU's headers define them. */
    public static final String MARKS = """
            #define co_wrapper
            #define co_wrapper_mixed
            #define co_wrapper_bdrv_rdlock
            #define co_wrapper_mixed_bdrv_rdlock
            #define no_co_wrapper
            #define no_co_wrapper_bdrv_rdlock
            #define no_co_wrapper_bdrv_wrlock
            #define generated_co_wrapper
            #define GRAPH_RDLOCK
            """;

    /**
     * Compiles a header on its own, with the prelude, the marks and {@code types}.
     *
     * @return gcc's output when it fails, or null when it compiles
     */
    public static String checkHeader(Path dir, String header, String types) throws IOException, InterruptedException {
        return compile(dir.resolve("header-check.c"), PRELUDE + MARKS + types + "\n" + header);
    }

    /**
     * Compiles the generated C. {@code types} declares what the headers' own types need.
     *
     * @return gcc's output when it fails, or null when it compiles
     */
    public static String check(Path dir, Generation g, String generated, String types, boolean legacy)
            throws IOException, InterruptedException {
        StringBuilder decls = new StringBuilder();
        for (Wrapper w : g.wrappers()) {
            decls.append(w.returnDeclaration(w.target())).append('(').append(w.parameterList()).append(");\n");
        }
        String body = generated.replaceAll("(?m)^#include .*$", "");
        return compile(dir.resolve("check.c"), (legacy ? "#define LEGACY\n" : "") + PRELUDE + types + "\n" + decls + body);
    }

    private static String compile(Path c, String source) throws IOException, InterruptedException {
        Files.writeString(c, source, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder("gcc", "-std=gnu11", "-fsyntax-only", "-Wall", "-Wextra", "-Werror",
                c.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return "gcc timed out";
        }
        return p.exitValue() == 0 ? null : out + "\n--- source ---\n" + Files.readString(c);
    }
}
