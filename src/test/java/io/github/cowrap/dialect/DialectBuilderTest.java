package io.github.cowrap.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.model.Direction;
import io.github.cowrap.model.Mark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DialectBuilderTest {

    @TempDir
    Path dir;

    private Path templates(String... names) throws IOException {
        Path t = Files.createDirectories(dir.resolve("templates"));
        for (String n : names) {
            Files.writeString(t.resolve(n), "/* ${w.name} */\n");
        }
        return t;
    }

    private static MarkSpec mark(String name, String direction) {
        return new MarkSpec(name, direction, false, null);
    }

    @Test
    void withoutMarksTheBuiltInDialectIsUsed() throws Exception {
        assertThat(DialectBuilder.resolve(null, null, null, null)).isSameAs(Dialects.qemu());
        assertThat(DialectBuilder.resolve("qemu-legacy", List.of(), null, null)).isSameAs(Dialects.qemuLegacy());
    }

    @Test
    void anUnknownBuiltInNameSaysWhichExist() {
        assertThatThrownBy(() -> DialectBuilder.resolve("qemu-9", null, null, null))
                .isInstanceOf(InvalidDialectException.class)
                .hasMessageContaining("unknown dialect 'qemu-9'")
                .hasMessageContaining("qemu, qemu-legacy");
    }

    @Test
    void namingReplacesTheRuleOfABuiltInDialect() throws Exception {
        Dialect d = DialectBuilder.resolve("qemu", null, new NamingSpec("co_", null), null);
        assertThat(d.marks()).isEqualTo(Dialects.qemu().marks());
        assertThat(d.naming().target(Direction.CO, "read")).isEqualTo("co_read");
    }

    @Test
    void marksMakeACompleteDialect() throws Exception {
        Path t = templates("co.vm", "no_co.vm");
        Dialect d = DialectBuilder.resolve("tasks", List.of(
                mark("TASK_BLOCKING", "co"),
                new MarkSpec("TASK_BLOCKING_MIXED", "co", true, null),
                new MarkSpec("TASK_DEFERRED_LOCKED", " no_co ", false, "store")),
                new NamingSpec(null, "_co"), t);
        assertThat(d.name()).isEqualTo("tasks");
        assertThat(d.marks()).containsExactly(
                java.util.Map.entry("TASK_BLOCKING", new Mark("TASK_BLOCKING", Direction.CO, false, Mark.NO_LOCK)),
                java.util.Map.entry("TASK_BLOCKING_MIXED",
                        new Mark("TASK_BLOCKING_MIXED", Direction.CO, true, Mark.NO_LOCK)),
                java.util.Map.entry("TASK_DEFERRED_LOCKED",
                        new Mark("TASK_DEFERRED_LOCKED", Direction.NO_CO, false, "store")));
        assertThat(d.naming().target(Direction.CO, "kv_get")).isEqualTo("kv_get_co");
        assertThat(d.naming().target(Direction.NO_CO, "kv_flush_co")).isEqualTo("kv_flush");
        assertThat(d.macros()).isEmpty();
        assertThat(d.defaultIncludes()).isEmpty();
        assertThat(d.rules()).isEmpty();
        assertThat(d.templateSet()).isEqualTo(DialectBuilder.CUSTOM);
    }

    @Test
    void aBuiltInOrMissingNameGivesCustom() throws Exception {
        Path t = templates("co.vm");
        assertThat(DialectBuilder.custom("qemu", List.of(mark("RUN", "co")), null, t).name()).isEqualTo("custom");
        assertThat(DialectBuilder.custom(null, List.of(mark("RUN", "co")), null, t).name()).isEqualTo("custom");
    }

    @Test
    void withoutNamingTheQemuRuleApplies() throws Exception {
        Dialect d = DialectBuilder.custom("x", List.of(mark("RUN", "co")), new NamingSpec(" ", ""), templates("co.vm"));
        assertThat(d.naming()).isSameAs(NamingRule.subsystem());
    }

    @Test
    void everyBadMarkIsReportedAtOnce() throws Exception {
        Path t = templates("co.vm", "no_co.vm");
        assertThatThrownBy(() -> DialectBuilder.custom("x", List.of(
                mark("1st", "co"),
                mark("int", "co"),
                mark("RUN", "co"),
                mark("RUN", "co"),
                mark("WALK", "sideways"),
                new MarkSpec("DEFER", "no_co", true, null),
                new MarkSpec("LOCKED", "co", false, "a b"),
                mark(null, "co")), null, t))
                .isInstanceOfSatisfying(InvalidDialectException.class, e -> assertThat(e.problems()).containsExactly(
                        "mark '1st': a mark's name must be a C identifier (letters, digits and '_', not starting"
                                + " with a digit)",
                        "mark 'int': a mark's name must not be a C keyword",
                        "mark 'RUN' is declared twice",
                        "mark 'WALK': unknown direction 'sideways'; a mark's direction is co (an ordinary function"
                                + " that runs a coroutine function) or no_co (a coroutine function that runs an"
                                + " ordinary function)",
                        "mark 'DEFER': only co marks can be mixed",
                        "mark 'LOCKED': lock 'a b' must be a name (letters, digits and '_') that the templates"
                                + " interpret",
                        "mark 8 has no name"));
    }

    @Test
    void theTemplatesTheMarksNeedMustBeThere() throws Exception {
        Path t = templates("co.vm");
        List<MarkSpec> marks = List.of(mark("RUN", "co"), mark("DEFER", "no_co"), mark("DEFER2", "no_co"));
        assertThatThrownBy(() -> DialectBuilder.custom("x", marks, null, t))
                .isInstanceOfSatisfying(InvalidDialectException.class, e -> assertThat(e.problems()).containsExactly(
                        "missing template " + t.resolve("no_co.vm") + ": the no_co marks DEFER, DEFER2 are"
                                + " rendered with no_co.vm"));
        // only the directions used need a template
        assertThat(DialectBuilder.custom("x", marks.subList(0, 1), null, t).marks()).containsOnlyKeys("RUN");
        assertThatThrownBy(() -> DialectBuilder.custom("x", marks, null, null))
                .hasMessage("a dialect declared with marks needs a template directory with its templates:"
                        + " co.vm (for RUN) and no_co.vm (for DEFER, DEFER2)");
        assertThatThrownBy(() -> DialectBuilder.custom("x", marks, null, dir.resolve("nowhere")))
                .hasMessageStartingWith("template directory " + dir.resolve("nowhere") + " is not a directory");
    }

    @Test
    void badNamingIsRejected() throws Exception {
        Path t = templates("co.vm");
        assertThatThrownBy(() -> DialectBuilder.custom("x", List.of(mark("RUN", "co")), new NamingSpec("1co_", "-co"), t))
                .isInstanceOfSatisfying(InvalidDialectException.class, e -> assertThat(e.problems()).containsExactly(
                        "naming prefix '1co_' must start a C identifier (letters, digits and '_', not starting with"
                                + " a digit)",
                        "naming suffix '-co' must be letters, digits and '_'"));
        assertThatThrownBy(() -> DialectBuilder.naming(new NamingSpec("", null)))
                .hasMessage("naming needs a prefix or a suffix");
    }

    @Test
    void badDialectNamesAreRejected() throws Exception {
        Path t = templates("co.vm");
        assertThatThrownBy(() -> DialectBuilder.custom("my */ dialect", List.of(mark("RUN", "co")), null, t))
                .hasMessageContaining("dialect name 'my */ dialect'");
    }

    @Test
    void lookalikesExtendAMarkWithAnUnderscore() {
        var p = DialectBuilder.lookalike(List.of("TASK_BLOCKING", "TASK_BLOCKING_MIXED", "await"));
        assertThat(p.matcher("TASK_BLOCKING_LOCKD").matches()).isTrue();
        assertThat(p.matcher("TASK_BLOCKING_MIXED_LOCKED").matches()).isTrue();
        assertThat(p.matcher("await_all").matches()).isTrue();
        assertThat(p.matcher("TASK_BLOCKINGX").matches()).isFalse();
        assertThat(p.matcher("awaiter").matches()).isFalse();
        assertThat(p.matcher("TASK_BLOCKING").matches()).isFalse();
        assertThat(p.matcher("a.b_c").matches()).isFalse();
        assertThat(DialectBuilder.lookalike(List.of()).matcher("").matches()).isFalse();
    }
}
