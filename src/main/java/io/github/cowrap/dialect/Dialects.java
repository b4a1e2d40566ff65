package io.github.cowrap.dialect;

import static io.github.cowrap.model.Direction.CO;
import static io.github.cowrap.model.Direction.NO_CO;

import io.github.cowrap.model.Mark;
import io.github.cowrap.model.Parameter;
import io.github.cowrap.model.Wrapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** The built-in dialects. */
public final class Dialects {

    public static final String QEMU = "qemu";
    public static final String QEMU_LEGACY = "qemu-legacy";

    /** The annotation that declares a coroutine function in both QEMU dialects. */
    public static final String COROUTINE_FN = "coroutine_fn";

    /** The annotation macros QEMU's block headers put on declarations, predefined as empty. */
    static final List<String> QEMU_ANNOTATIONS = List.of(
            "coroutine_fn",
            "no_coroutine_fn",
            "coroutine_mixed_fn",
            "GRAPH_RDLOCK",
            "GRAPH_WRLOCK",
            "GRAPH_UNLOCKED",
            "GRAPH_RDLOCK_PTR",
            "GRAPH_WRLOCK_PTR",
            "GRAPH_UNLOCKED_PTR",
            "TSA_NO_TSA",
            "G_GNUC_WARN_UNUSED_RESULT",
            "G_GNUC_NULL_TERMINATED",
            "G_GNUC_UNUSED",
            "G_NORETURN",
            "QEMU_WARN_UNUSED_RESULT",
            "G_GNUC_PRINTF(format_idx, arg_idx)",
            "G_GNUC_SCANF(format_idx, arg_idx)",
            "QEMU_PRINTF_FN(a, b)");

    private static final List<String> QEMU_INCLUDES = List.of(
            "qemu/osdep.h", "block/coroutines.h", "block/block-gen.h", "block/block_int.h", "block/dirty-bitmap.h");

    private static final List<String> QEMU_LEGACY_INCLUDES = List.of(
            "qemu/osdep.h", "block/coroutines.h", "block/block-gen.h", "block/block_int.h");

    /** The first-parameter types a legacy wrapper may have, and the node each gives the poll state. */
    public static final List<String> LEGACY_NODE_TYPES = List.of("BlockDriverState *", "BdrvChild *", "BlockBackend *");

    private static final Dialect QEMU_DIALECT = new Dialect(
            QEMU,
            Dialect.markTable(
                    new Mark("co_wrapper", CO, false, Mark.NO_LOCK),
                    new Mark("co_wrapper_mixed", CO, true, Mark.NO_LOCK),
                    new Mark("co_wrapper_bdrv_rdlock", CO, false, "rdlock"),
                    new Mark("co_wrapper_mixed_bdrv_rdlock", CO, true, "rdlock"),
                    new Mark("no_co_wrapper", NO_CO, false, Mark.NO_LOCK),
                    new Mark("no_co_wrapper_bdrv_rdlock", NO_CO, false, "rdlock"),
                    new Mark("no_co_wrapper_bdrv_wrlock", NO_CO, false, "wrlock")),
            Pattern.compile("(?:no_)?co_wrapper(?:_\\w+)?|generated_co_wrapper"),
            NamingRule.subsystem(),
            Dialect.StructNaming.WRAPPER,
            QEMU_INCLUDES,
            QEMU_ANNOTATIONS,
            List.of(),
            QEMU,
            COROUTINE_FN);

    private static final Dialect QEMU_LEGACY_DIALECT = new Dialect(
            QEMU_LEGACY,
            Dialect.markTable(new Mark("generated_co_wrapper", CO, true, Mark.NO_LOCK)),
            Pattern.compile("generated_co_wrapper\\w*|(?:no_)?co_wrapper(?:_\\w+)?"),
            NamingRule.subsystem(),
            Dialect.StructNaming.TARGET,
            QEMU_LEGACY_INCLUDES,
            QEMU_ANNOTATIONS,
            List.of(Dialects::legacyReturnsInt, Dialects::legacyFirstParameter),
            QEMU_LEGACY,
            COROUTINE_FN);

    private static final Map<String, Dialect> BUILT_IN = Map.of(QEMU, QEMU_DIALECT, QEMU_LEGACY, QEMU_LEGACY_DIALECT);

    private Dialects() {}

    public static List<String> names() {
        return List.of(QEMU, QEMU_LEGACY);
    }

    public static Optional<Dialect> find(String name) {
        return Optional.ofNullable(BUILT_IN.get(name));
    }

    public static Dialect qemu() {
        return QEMU_DIALECT;
    }

    public static Dialect qemuLegacy() {
        return QEMU_LEGACY_DIALECT;
    }

    private static String legacyReturnsInt(Wrapper w) {
        return "int".equals(w.returnType())
                ? null
                : "a generated_co_wrapper must return int (the result travels in the poll state), not '"
                        + w.returnType() + "'";
    }

    private static String legacyFirstParameter(Wrapper w) {
        Optional<Parameter> first = w.parameters().stream().findFirst();
        if (first.isPresent() && LEGACY_NODE_TYPES.contains(first.get().type())) {
            return null;
        }
        return "a generated_co_wrapper's first parameter must be one of " + String.join(", ", LEGACY_NODE_TYPES)
                + " (it gives the node to poll), not "
                + first.map(p -> "'" + p.type() + "'").orElse("an empty parameter list");
    }
}
