package io.github.cowrap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.testing.Workspace;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every identifier in a marked declaration that the parser could not place is an error at the
 * mark, naming the function and the identifier; the macros hint only names what defining as a
 * macro would fix, never the function's own name. Misspelt marks are errors that say which mark
 * was meant. Nothing is dropped or written silently.
 */
class UnplacedIdentifiersTest {

    @TempDir
    Path dir;

    private Diagnostic single(String header) {
        List<Diagnostic> problems = new Workspace(dir).header("bad.h", header).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    @Test
    void unknownMacroBetweenTheMarkAndTheName() {
        Diagnostic d = single("int64_t co_wrapper MY_WUR disk_len(Disk *d);\n");
        assertThat(d.format()).startsWith("bad.h:1:9: error: disk_len: cannot parse the declaration marked"
                + " 'co_wrapper': unexpected 'MY_WUR'");
        assertThat(d.hint()).startsWith("'MY_WUR' is not known to the parser").contains("<macro>MY_WUR</macro>");
    }

    @Test
    void unknownMacroBeforeTheMarkAfterATypedefName() {
        Diagnostic d = single("int64_t MY_WUR co_wrapper disk_len(Disk *d);\n");
        assertThat(d.format()).startsWith("bad.h:1:16: error: disk_len: cannot parse the declaration marked"
                + " 'co_wrapper': unexpected 'MY_WUR'");
        assertThat(d.hint()).doesNotContain("disk_len");
    }

    @Test
    void unknownMacroAfterAKeywordType() {
        Diagnostic d = single("void MY_NOTHROW co_wrapper disk_x(Disk *d);\n");
        assertThat(d.format()).startsWith("bad.h:1:17: error: disk_x: cannot parse the declaration marked"
                + " 'co_wrapper': unexpected 'MY_NOTHROW'");
    }

    @Test
    void unknownTrailingFunctionLikeMacroIsNamedNotTheFunction() {
        Diagnostic d = single("int co_wrapper disk_len(Disk *d) MY_ATTR(1);\n");
        assertThat(d.format()).startsWith("bad.h:1:5: error: disk_len: cannot parse the declaration marked"
                + " 'co_wrapper': unexpected 'MY_ATTR'");
        assertThat(d.hint()).contains("<macro>MY_ATTR(a)</macro>", "'-DMY_ATTR(a)'").doesNotContain("disk_len");
    }

    /** The definition a hint proposes, followed as a user would, makes the declaration a wrapper. */
    @ParameterizedTest
    @ValueSource(strings = {
        "int co_wrapper disk_len(Disk *d) MY_ATTR(1);",
        "int co_wrapper disk_len(Disk *d) MY_ATTR(1, (2, 3), f(4));",
        "int MY_ATTR(\"x\") co_wrapper disk_len(Disk *d);",
        "int co_wrapper MY_ATTR() disk_len(Disk *d);",
        "int64_t co_wrapper MY_WUR disk_len(Disk *d);",
        "int64_t MY_WUR co_wrapper disk_len(Disk *d);",
    })
    void followingTheHintMakesAWrapper(String declaration) {
        Diagnostic d = single(declaration + "\n");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<macro>(.*?)</macro>").matcher(d.hint());
        assertThat(m.find()).as(d.hint()).isTrue();
        assertThat(new Workspace(dir.resolve("ok")).macros(m.group(1))
                .header("a.h", declaration + "\n").wrappers()).as(m.group(1)).hasSize(1);
    }

    @Test
    void unknownMacroBeforeTheMarkTakenForTheFunction() {
        Diagnostic d = single("int MY_ATTR(1) co_wrapper disk_len(Disk *d);\n");
        assertThat(d.function()).isEqualTo("disk_len");
        assertThat(d.hint()).contains("'MY_ATTR'").doesNotContain("'disk_len'");
    }

    @Test
    void unknownMacroBeforeAKeywordType() {
        Diagnostic d = single("MY_WUR int co_wrapper disk_len(Disk *d);\n");
        assertThat(d.function()).isEqualTo("disk_len");
        assertThat(d.hint()).startsWith("'MY_WUR' is not known to the parser");
    }

    @Test
    void markOfTheOtherDialectInAnotherCase() {
        Diagnostic d = single("int GENERATED_CO_WRAPPER bdrv_x(BlockDriverState *bs);\n");
        assertThat(d.format()).startsWith("bad.h:1:5: error: unknown mark 'GENERATED_CO_WRAPPER'");
        assertThat(d.hint()).contains("qemu-legacy");
    }

    @Test
    void slipInALongMarkNamesThatMark() {
        Diagnostic d = single("int64_t coroutine_fn co_wrapper_mixed_bdrv_rdlok bdrv_x(BlockDriverState *bs);\n");
        assertThat(d.hint()).startsWith("did you mean 'co_wrapper_mixed_bdrv_rdlock'?");
    }

    @Test
    void syntaxErrorNamesTheFunction() {
        Diagnostic d = single("int co_wrapper bdrv_broken(BlockDriverState *bs, int64_t offset;\n");
        assertThat(d.format()).startsWith("bad.h:1:5: error: bdrv_broken: cannot parse the declaration marked"
                + " 'co_wrapper'");
        assertThat(d.hint()).contains("syntax");
    }

    @Test
    void eachOfSeveralBrokenDeclarationsIsReportedOnItsOwnLine() {
        List<Diagnostic> problems = new Workspace(dir).header("bad.h", """
                int64_t co_wrapper MY_WUR disk_a(Disk *d);
                int co_wrapper disk_b(Disk *d);
                int64_t MY_WUR co_wrapper disk_c(Disk *d);
                int co_wrapper disk_d(Disk *d) MY_ATTR(2);
                int co_wrapper disk_e(Disk *d);
                """).problems();
        assertThat(problems).extracting(p -> p.location().line() + " " + p.function())
                .containsExactly("1 disk_a", "3 disk_c", "4 disk_d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"co_wraper", "co_wrappr", "cowrapper", "Co_wrapper", "CO_WRAPPER", "co_wrpaper"})
    void misspeltMarkSaysWhichMarkItMeans(String typo) {
        Diagnostic d = single("int " + typo + " bdrv_x(BlockDriverState *bs);\n");
        assertThat(d.format()).startsWith("bad.h:1:5: error: unknown mark '" + typo + "' for dialect 'qemu'");
        assertThat(d.hint()).startsWith("did you mean 'co_wrapper'?");
    }

    @Test
    void misspeltMarksOfEveryKindAndPlace() {
        List<Diagnostic> problems = new Workspace(dir).header("bad.h", """
                int no_co_wraper bdrv_co_a(BlockDriverState *bs);
                BlockDriverState *co_wrapper_mixd bdrv_b(BlockDriverState *bs);
                Disk Co_wrapper bdrv_c(BlockDriverState *bs);
                int coroutine_fn my_wrapper bdrv_d(BlockDriverState *bs);
                co_wrapper_mixed_bdrv_rdlok bdrv_e(BlockDriverState *bs);
                """).problems();
        assertThat(problems).extracting(p -> p.location() + " " + p.message().replaceAll(" for dialect.*", ""))
                .containsExactly("bad.h:1:5 unknown mark 'no_co_wraper'", "bad.h:2:19 unknown mark 'co_wrapper_mixd'",
                        "bad.h:3:6 unknown mark 'Co_wrapper'", "bad.h:4:18 unknown mark 'my_wrapper'",
                        "bad.h:5:1 unknown mark 'co_wrapper_mixed_bdrv_rdlok'");
        assertThat(problems.get(0).hint()).startsWith("did you mean 'no_co_wrapper'?");
        assertThat(problems.get(4).hint()).contains("co_wrapper_mixed_bdrv_rdlock");
    }

    @Test
    void namesLikeMarksThatStandElsewhereAreNotMarks() {
        // a function, a parameter and a type member may be called anything
        assertThat(new Workspace(dir).header("a.h", """
                int co_wraper(int cowrapper);
                struct wrap { int co_wrapped; };
                int co_wrapper bdrv_x(BlockDriverState *bs);
                """).wrappers()).hasSize(1);
    }

    @Test
    void markOutsideAnyDeclaration() {
        Diagnostic d = single("int a;\nco_wrapper\n");
        assertThat(d.format()).startsWith("bad.h:2:1: error: mark 'co_wrapper' is not on a declaration");
    }
}
