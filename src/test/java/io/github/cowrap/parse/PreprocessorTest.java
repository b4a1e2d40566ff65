package io.github.cowrap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cowrap.model.Wrapper;
import io.github.cowrap.testing.Workspace;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreprocessorTest {

    @TempDir
    Path dir;

    private static final String HEADER = """
            #define HAVE_LOCAL 1
            #if 0
            int co_wrapper bdrv_never(BlockDriverState *bs);
            #endif
            #ifdef CONFIG_ZONED
            int co_wrapper bdrv_zoned(BlockDriverState *bs);
            #else
            int co_wrapper bdrv_flat(BlockDriverState *bs);
            #endif
            #ifndef CONFIG_ZONED
            int co_wrapper bdrv_not_zoned(BlockDriverState *bs);
            #endif
            #if HAVE_LOCAL && CONFIG_LEVEL >= 2
            int co_wrapper bdrv_level2(BlockDriverState *bs);
            #elif HAVE_LOCAL
            int co_wrapper bdrv_level1(BlockDriverState *bs);
            #endif
            """;

    @Test
    void conditionalsDecideWhatIsWrapped() {
        assertThat(new Workspace(dir).header("a.h", HEADER).wrappers()).extracting(Wrapper::name)
                .containsExactly("bdrv_flat", "bdrv_not_zoned", "bdrv_level1");
    }

    @Test
    void configuredMacrosSwitchBranches() {
        assertThat(new Workspace(dir).macros("CONFIG_ZONED", "CONFIG_LEVEL=2").header("a.h", HEADER).wrappers())
                .extracting(Wrapper::name).containsExactly("bdrv_zoned", "bdrv_level2");
    }

    @Test
    void includesAreFollowedOnlyWithIncludePaths() {
        Workspace ws = new Workspace(dir);
        ws.file("inc/config.h", "#define CONFIG_ZONED 1\n#define co_mark co_wrapper\n"
                + "int co_wrapper bdrv_in_include(BlockDriverState *bs);\n");
        String header = """
                #include "config.h"
                #ifdef CONFIG_ZONED
                int co_wrapper bdrv_zoned(BlockDriverState *bs);
                #endif
                int co_wrapper bdrv_always(BlockDriverState *bs);
                """;
        assertThat(ws.header("a.h", header).wrappers()).extracting(Wrapper::name).containsExactly("bdrv_always");
        Workspace with = new Workspace(dir).includePaths(dir.resolve("inc")).header("a.h", header);
        // the included file's own declarations are not wrapped: only the inputs' are
        assertThat(with.wrappers()).extracting(Wrapper::name).containsExactly("bdrv_zoned", "bdrv_always");
    }

    @Test
    void markInADefineIsNotAUse() {
        assertThat(new Workspace(dir).header("a.h", """
                #define DECLARE(n) int co_wrapper n(BlockDriverState *bs)
                #define ALIAS co_wrapper
                int co_wrapper bdrv_real(BlockDriverState *bs);
                """).wrappers()).extracting(Wrapper::name).containsExactly("bdrv_real");
    }
}
