package io.github.cowrap.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Wrapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user-defined dialect through the whole core: parser, checks and the user's templates. */
class CustomDialectGenerationTest {

    @TempDir
    Path dir;

    private Path templates;
    private Dialect dialect;

    @BeforeEach
    void setUp() throws Exception {
        templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("header.vm"), """
                // dialect ${dialect}: ${wrappers.size()} wrappers from ${inputs.size()} input(s)
                #foreach($i in $includes)
                #[[#include]]# "$i"
                #end
                """);
        Files.writeString(templates.resolve("co.vm"), """
                // ${w.mark.name} co mixed=${w.mark.mixed} lock=${w.mark.lock} struct=${w.structName}
                ${w.returnDeclaration($w.name)}(${w.parameterList()}) { run(${w.target}, ${w.arguments("")}); }
                """);
        Files.writeString(templates.resolve("no_co.vm"), """
                // ${w.mark.name} no_co lock=${w.mark.lock}
                ${w.returnType} ${w.name}(${w.parameterList()}) { defer(${w.target}); }
                """);
        dialect = DialectBuilder.custom("tasks", List.of(
                new MarkSpec("TASK_BLOCKING", "co", false, null),
                new MarkSpec("TASK_BLOCKING_MIXED", "co", true, "store"),
                new MarkSpec("TASK_DEFERRED", "no_co", false, null)),
                new NamingSpec("async_", null), templates);
    }

    private GenerationRequest request(Path header, List<String> macros) {
        return new GenerationRequest(dialect, List.of(header), dir, dir.resolve("out/gen.c"), List.of("task.h"),
                templates, macros, List.of(), null);
    }

    @Test
    void generatesWithTheUsersMarksNamingAndTemplates() throws Exception {
        Path h = dir.resolve("kv.h");
        Files.writeString(h, """
                #include "task.h"
                int TASK_BLOCKING kv_get(KvStore *kv, int key);
                const char *TASK_BLOCKING_MIXED kv_name(KvStore *kv);
                void task_fn TASK_DEFERRED async_kv_flush(KvStore *kv);
                /* TASK_BLOCKING in a comment is not a use */
                #if 0
                int TASK_BLOCKING kv_hidden(void);
                #endif
                """);
        new Generator().generate(request(h, List.of("task_fn")));
        assertThat(Files.readString(dir.resolve("out/gen.c"))).isEqualTo("""
                // dialect tasks: 3 wrappers from 1 input(s)
                #include "task.h"

                // TASK_BLOCKING co mixed=false lock=none struct=KvGet
                int kv_get(KvStore *kv, int key) { run(async_kv_get, kv, key); }

                // TASK_BLOCKING_MIXED co mixed=true lock=store struct=KvName
                const char *kv_name(KvStore *kv) { run(async_kv_name, kv); }

                // TASK_DEFERRED no_co lock=none
                void async_kv_flush(KvStore *kv) { defer(kv_flush); }
                """);
    }

    @Test
    void rejectsLookalikesNamingAndTheQemuMarks() throws Exception {
        Path h = dir.resolve("bad.h");
        Files.writeString(h, """
                int TASK_BLOCKING async_kv_get(KvStore *kv, int key);
                int TASK_DEFERRED kv_flush(KvStore *kv);
                int TASK_BLOCKING_LOCKD kv_put(KvStore *kv, int key);
                int co_wrapper bdrv_pread(BdrvChild *child);
                """);
        Generation g = new Generator().analyse(request(h, List.of()));
        assertThat(g.wrappers()).isEmpty();
        assertThat(g.problems()).extracting(Diagnostic::format).satisfiesExactly(
                p -> assertThat(p).startsWith("bad.h:1:19: error: async_kv_get: a co wrapper's name must be the plain"
                        + " name"),
                p -> assertThat(p).startsWith("bad.h:2:19: error: kv_flush: a no_co wrapper's name must be"
                        + " async_NAME"),
                p -> assertThat(p).startsWith("bad.h:3:5: error: unknown mark 'TASK_BLOCKING_LOCKD' for dialect"
                        + " 'tasks' (the marks are TASK_BLOCKING, TASK_BLOCKING_MIXED, TASK_DEFERRED)"));
        // a QEMU mark is just an unknown identifier to this dialect: no wrapper, no lookalike either
        assertThat(g.problems()).noneMatch(p -> p.format().contains("co_wrapper"));
    }

    @Test
    void theModelReachesTheTemplates() throws Exception {
        Path h = dir.resolve("one.h");
        Files.writeString(h, "int TASK_BLOCKING_MIXED kv_len(KvStore *kv, int (*cb)(void *opaque), int a[4]);\n");
        Wrapper w = new Generator().analyse(request(h, List.of())).wrappers().get(0);
        assertThat(w.mark().lock()).isEqualTo("store");
        assertThat(w.target()).isEqualTo("async_kv_len");
        Files.writeString(templates.resolve("co.vm"), "${w.parameters.get(1).member};${w.parameters.get(2).member};"
                + "${w.location.line}\n");
        new Generator().generate(request(h, List.of()));
        assertThat(Files.readString(dir.resolve("out/gen.c")))
                .endsWith("\nint (*cb)(void *opaque);int *a;1\n");
    }

    @Test
    void aTemplateErrorIsAConfigurationError() throws Exception {
        Path h = dir.resolve("one.h");
        Files.writeString(h, "int TASK_BLOCKING kv_len(KvStore *kv);\n");
        Files.writeString(templates.resolve("co.vm"), "${w.nosuchthing}\n");
        assertThatThrownBy(() -> new Generator().generate(request(h, List.of())))
                .isInstanceOf(CowrapException.class)
                .hasMessageContaining("co.vm");
        assertThat(dir.resolve("out/gen.c")).doesNotExist();
    }
}
