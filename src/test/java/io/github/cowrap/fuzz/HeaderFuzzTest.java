package io.github.cowrap.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Generation;
import io.github.cowrap.model.Header;
import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.testing.Gcc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Feeds generated and mutated headers to the core. Whatever the input, the core returns a model
 * or reports diagnostics located in the file; never another exception. A well-formed header gives
 * one wrapper per mark, and every wrapper it returns renders to C that gcc accepts.
 *
 * <p>Runs {@code jqwik.tries.default} tries (200 in the normal build, see
 * {@code junit-platform.properties}) from a fixed seed, so that the build is deterministic; run
 * longer with {@code mvn test -Dtest=HeaderFuzzTest -Djqwik.tries.default=20000}, and on other
 * inputs with {@code -Dcowrap.fuzz.salt=N}.
 */
class HeaderFuzzTest {

    private static final String[] MARKS = {
        "co_wrapper", "co_wrapper_mixed", "co_wrapper_bdrv_rdlock", "co_wrapper_mixed_bdrv_rdlock",
        "no_co_wrapper", "no_co_wrapper_bdrv_rdlock", "no_co_wrapper_bdrv_wrlock",
    };
    private static final String[] RETURNS = {
        "int", "void", "int64_t", "bool", "char *", "const char *", "unsigned long long", "struct Fz *",
        "BdrvChild *", "BlockDriverState *", "Error **", "enum FzMode", "uint8_t", "FZ_T", "FZ_PTR(FZ_T)",
    };
    private static final String[] PARAMS = {
        "int %s", "int64_t %s", "bool %s", "const void *%s", "char *%s", "struct Fz *%s", "BdrvChild *%s",
        "BlockDriverState *%s", "Error **%s", "unsigned long long %s", "const char *%s[]", "int %s[4]",
        "int (*%s)(void *opaque_arg, int n)", "FzCallback *%s", "struct Fz *const %s", "volatile int *%s",
        "enum FzMode %s", "uint8_t %s[][8]",
        // decay through typedefs, and macros that expand to types
        "FzPair %s", "const FzPair %s", "FzPairAgain %s", "FzCallback %s", "FzGrid %s", "FZ_T %s", "FZ_PTR(FZ_T) %s",
        "FZ_T %s[3]", "FzWur int %s",
    };
    /** What every header declares first: typedefs the parser must read to decay parameters, type macros. */
    private static final String PROLOGUE = """
            typedef void FzCallback(void *opaque_arg);
            typedef long FzPair[2];
            typedef FzPair FzPairAgain;
            typedef int FzGrid[3][4];
            #define FZ_T int64_t
            #define FZ_PTR(t) t *
            #define FzWur __attribute__((unused))
            """;
    private static final String[] NAMES = {"bs", "child", "offset", "bytes", "buf", "flags", "errp", "n",
        "cb", "node", "new", "class", "len", "mode", "grid"};
    private static final String[] NOISE = {" ", "  ", "\n", "\t", "\r\n", " /* note */ ", "\n// line\n",
        " __attribute__((unused)) ", " coroutine_fn ", " GRAPH_RDLOCK "};
    private static final String[] MUTATIONS = {"(", ")", ",", ";", "*", "/*", "*/", "#", "\n#if 0\n", "\n#endif\n",
        "...", "co_wrapper", "co_wrapper_fake", "\"", "'", "{", "}", "[", "]", "s", "ret", "_co_", "void", "\\"};

    /**
     * The types the headers use, complete: a header may declare a function that returns an
     * incomplete type by value, but no one, the generator included, can define it.
     */
    private static final String TYPES = """
            struct BlockDriverState { int node; };
            struct BlockBackend { int backend; };
            struct Error { int code; };
            struct Fz { int n; };
            enum FzMode { FZ_A, FZ_B };
            """ + PROLOGUE;

    private static Path dir;
    private static int compiled;
    private static int rejected;
    private static int invalidC;

    @BeforeContainer
    static void makeDir() throws Exception {
        dir = Files.createTempDirectory("cowrap-fuzz");
    }

    @AfterContainer
    static void summary() {
        System.out.printf("HeaderFuzzTest: %d outputs compiled with gcc, %d inputs had rejected declarations,"
                + " %d mutated headers with wrappers were not valid C%n", compiled, rejected, invalidC);
    }

    /** A header and whether it was mutated after being written well-formed. */
    record Input(String text, int marks, boolean mutated) {}

    /** Changes every input of a run: {@code -Dcowrap.fuzz.salt=N} explores other inputs than the build's. */
    private static final long SALT = Long.getLong("cowrap.fuzz.salt", 0L);

    @Provide
    Arbitrary<Input> headers() {
        return Arbitraries.longs().map(seed -> make(new Random(seed ^ SALT)));
    }

    static Input make(Random r) {
        StringBuilder h = new StringBuilder(PROLOGUE);
        int count = 1 + r.nextInt(5);
        List<String> used = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String mark = MARKS[r.nextInt(MARKS.length)];
            boolean co = !mark.startsWith("no_");
            String base = "fz" + (char) ('a' + r.nextInt(26)) + i;
            String name = co ? "bdrv_" + base : "bdrv_co_" + base;
            used.add(name);
            h.append(noise(r)).append(RETURNS[r.nextInt(RETURNS.length)]).append(noise(r)).append(mark)
                    .append(noise(r)).append(name).append('(');
            int params = r.nextInt(5);
            List<String> names = new ArrayList<>(List.of(NAMES));
            java.util.Collections.shuffle(names, r);
            if (params == 0) {
                h.append(r.nextBoolean() ? "void" : "");
            }
            for (int p = 0; p < params; p++) {
                h.append(p == 0 ? "" : "," + noise(r)).append(String.format(PARAMS[r.nextInt(PARAMS.length)], names.get(p)));
            }
            h.append(')').append(noise(r)).append(";\n");
            if (r.nextInt(4) == 0) {
                h.append("int unmarked_").append(i).append("(int a, char *b);\n");
            }
        }
        boolean mutated = r.nextInt(3) > 0;
        if (!mutated) {
            return new Input(h.toString(), count, false);
        }
        // mutate whole tokens, each replaced by a space, so that no new identifier appears
        // (a new identifier would be a type no header defines)
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\w+|\\s+|.", java.util.regex.Pattern.DOTALL)
                .matcher(h);
        while (m.find()) {
            tokens.add(m.group());
        }
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) {
            int at = r.nextInt(tokens.size() + 1);
            if (r.nextBoolean() && at < tokens.size()) {
                for (int k = 0, len = 1 + r.nextInt(3); k < len && at < tokens.size(); k++) {
                    tokens.remove(at);
                }
                tokens.add(at, " ");
            } else {
                tokens.add(at, " " + MUTATIONS[r.nextInt(MUTATIONS.length)] + " ");
            }
        }
        return new Input(String.join("", tokens), count, true);
    }

    private static String noise(Random r) {
        return r.nextInt(3) == 0 ? NOISE[r.nextInt(NOISE.length)] : " ";
    }

    // A fixed seed keeps the normal build deterministic; more tries or another salt explore further.
    @Property(seed = "20261126")
    void theCoreEitherModelsOrReportsAndWhatItModelsCompiles(@ForAll("headers") Input input) throws Exception {
        Path work = Files.createTempDirectory(dir, "t");
        Path header = work.resolve("fz.h");
        Files.writeString(header, input.text(), StandardCharsets.UTF_8);
        GenerationRequest request = new GenerationRequest(Dialects.qemu(), List.of(header), work,
                work.resolve("out.c"), null, null, List.of(), List.of(), StandardCharsets.UTF_8);
        Generator generator = new Generator();
        Generation g = generator.analyse(request);

        long lines = input.text().lines().count() + 1;
        for (Diagnostic d : g.problems()) {
            assertThat(d.location().file()).isEqualTo("fz.h");
            assertThat(d.location().line()).isBetween(1, (int) lines);
            assertThat(d.location().column()).isPositive();
            assertThat(d.message()).isNotBlank();
        }
        if (!input.mutated()) {
            assertThat(g.problems()).as("well-formed input").isEmpty();
            assertThat(g.wrappers()).as("one wrapper per mark").hasSize(input.marks());
        }
        if (!g.problems().isEmpty()) {
            rejected++;
        }
        if (g.wrappers().isEmpty() || !Gcc.available()) {
            return;
        }
        if (input.mutated() && Gcc.checkHeader(work, input.text(), TYPES) != null) {
            invalidC++;
            return; // a header that is not valid C need not give valid C
        }
        Generation passed = new Generation(g.dialect(),
                g.headers().stream().map(h -> new Header(h.path(), h.wrappers(), List.of())).toList(), g.includes());
        String c;
        try {
            c = generator.render(request, passed).text();
        } catch (CowrapException e) {
            throw new AssertionError("rendering failed", e);
        }
        assertThat(Gcc.check(work, passed, c, TYPES, false)).as("gcc on:\n%s", input.text()).isNull();
        compiled++;
    }
}
