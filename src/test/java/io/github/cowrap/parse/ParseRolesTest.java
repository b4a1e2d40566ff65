package io.github.cowrap.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.model.CKeywords;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parse roles on their own: decoding, the parser's set-up, mark spelling, suspects, text. */
class ParseRolesTest {

    @Test
    void decodingReportsTheBadBytesLineAndColumn() {
        byte[] bytes = "ok\n\u00fcber alles\nab\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> InputDecoder.decode(bytes, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(InputDecoder.MalformedInputException.class, e -> {
                    assertThat(e.line).isEqualTo(2);
                    assertThat(e.column).isEqualTo(1);
                });
        byte[] later = "int a;\r\n/* caf\u00e9 */\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> InputDecoder.decode(later, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(InputDecoder.MalformedInputException.class, e -> {
                    assertThat(e.line).isEqualTo(2);
                    assertThat(e.column).isEqualTo(7);
                });
    }

    @Test
    void decodingDropsAByteOrderMarkAndKeepsTheRest() throws Exception {
        char[] chars = InputDecoder.decode("\uFEFFint \u00e9;".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(new String(chars)).isEqualTo("int \u00e9;");
    }

    @Test
    void theParserRunsOnALargeStackAndAnOverflowIsReportedNotThrown() throws Exception {
        char[] deep = ("int x = " + "(".repeat(3000) + "1" + ")".repeat(3000) + ";\n").toCharArray();
        assertThat(new CdtParser(Map.of(), new String[0]).parse("/deep.h", deep, null).getDeclarations())
                .hasSize(1);
        assertThatThrownBy(() -> new CdtParser(Map.of(), new String[0], 64 * 1024).parse("/deep.h", deep, null))
                .isInstanceOf(CdtParser.TooDeepException.class);
        SourceText text = new SourceText(deep);
        assertThat(text.deepestNesting()).isEqualTo("int x = ".length() + 2999);
    }

    @Test
    void markSpellingKnowsTheMarksAndTheirLookalikes() {
        MarkSpelling s = new MarkSpelling(Dialects.qemu());
        assertThat(s.probableMark("co_wrapper")).isNull();
        assertThat(s.probableMark("co_wraper")).isEqualTo("co_wrapper");
        assertThat(s.probableMark("cowrapper")).isEqualTo("co_wrapper");
        assertThat(s.probableMark("CO_WRAPPER_MIXED")).isEqualTo("co_wrapper_mixed");
        assertThat(s.probableMark("no_co_wrapper_bdrv_wrlok")).isEqualTo("no_co_wrapper_bdrv_wrlock");
        assertThat(s.probableMark("co_wrapper_mixd")).isEqualTo("co_wrapper_mixed");
        assertThat(s.probableMark("co_wrapper_fast")).isEqualTo("co_wrapper");
        assertThat(s.probableMark("block_wrapper")).isEqualTo("co_wrapper");
        for (String other : List.of("BlockDriverState", "int64_t", "coroutine_fn", "GRAPH_RDLOCK", "wrapper",
                "bdrv_co_pwrite", "co", "co_wrappers_list_entry_thing_that_is_long")) {
            assertThat(s.probableMark(other)).as(other).isNull();
        }
        assertThat(MarkSpelling.distance("co_wrapper", "co_wrpaper")).isEqualTo(1);
        assertThat(MarkSpelling.distance("co_wrapper", "no_co_wrapper")).isEqualTo(3);
    }

    @Test
    void suspectsAreTheWordsBetweenTypeAndNameAndAfterTheParameters() {
        assertThat(Suspects.misplaced("int64_t MY_WUR disk_len(Disk *d);", "disk_len")).containsExactly("MY_WUR");
        assertThat(Suspects.misplaced("int disk_len(Disk *d) MY_ATTR(1);", "disk_len")).containsExactly("MY_ATTR");
        assertThat(Suspects.misplaced("const struct Node *const f(int a);", "f")).isEmpty();
        assertThat(Suspects.misplaced("unsigned long long A B f(void)", "f")).containsExactly("A", "B");
    }

    @Test
    void oneHomeForTheIdentifierPattern() {
        assertThat(CKeywords.isIdentifier("_co_wrapper9")).isTrue();
        assertThat(CKeywords.isIdentifier("9co")).isFalse();
        assertThat(CKeywords.isQualifier("const")).isTrue();
        assertThat(CKeywords.isBuiltinType("unsigned")).isTrue();
        assertThat(CKeywords.isTag("enum")).isTrue();
    }
}
