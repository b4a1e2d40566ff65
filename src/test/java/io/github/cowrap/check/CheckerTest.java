package io.github.cowrap.check;

import java.nio.charset.StandardCharsets;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.dialect.DialectBuilder;
import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.dialect.MarkSpec;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.FunctionDeclaration;
import io.github.cowrap.model.Header;
import io.github.cowrap.model.Parameter;
import io.github.cowrap.model.SourceLocation;
import io.github.cowrap.model.Wrapper;
import io.github.cowrap.parse.MarkedDeclaration;
import io.github.cowrap.parse.ParsedHeader;
import io.github.cowrap.testing.Gcc;
import io.github.cowrap.testing.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker on its own: reserved parameter names (read from the templates), the naming rule,
 * wrappers declared twice, and each wrapper against its target's declarations. The inputs are
 * parse results written here, so each case says exactly what the parser hands over.
 */
class CheckerTest {

    @TempDir
    Path dir;

    // ---- building parse results ------------------------------------------------------------

    /** A header: marked declarations and every function declaration, one a line from line 1. */
    private static final class H {
        final String path;
        final List<MarkedDeclaration> marked = new ArrayList<>();
        final List<FunctionDeclaration> functions = new ArrayList<>();
        int line = 1;

        H(String path) {
            this.path = path;
        }

        /** A marked declaration; each parameter is "TYPE NAME" or "TYPE\tNAME" for odd types. */
        H wrapper(String mark, String returnType, String name, String... params) {
            Dialect d = Dialects.qemu().marks().containsKey(mark) ? Dialects.qemu() : Dialects.qemuLegacy();
            List<Parameter> ps = new ArrayList<>();
            List<SourceLocation> where = new ArrayList<>();
            for (int i = 0; i < params.length; i++) {
                String p = params[i];
                int cut = p.contains("\t") ? p.indexOf('\t') : p.length();
                while (!p.contains("\t") && cut > 0 && (Character.isLetterOrDigit(p.charAt(cut - 1))
                        || p.charAt(cut - 1) == '_')) {
                    cut--;
                }
                String type = p.substring(0, cut).strip();
                String pname = p.substring(cut).strip();
                ps.add(new Parameter(pname, type + " " + pname, type + " " + pname, type));
                where.add(new SourceLocation(path, line, 30 + 10 * i));
            }
            SourceLocation at = new SourceLocation(path, line, 16);
            FunctionDeclaration f = new FunctionDeclaration(name, at, returnType,
                    ps.stream().map(Parameter::type).toList(), Set.of(), false);
            marked.add(new MarkedDeclaration(d.marks().get(mark), name, at, returnType, ps, where, f));
            functions.add(f);
            line++;
            return this;
        }

        /** An unmarked declaration (types only), with its annotations. */
        H function(Set<String> annotations, String returnType, String name, String... types) {
            return declared(annotations, returnType, name, false, types);
        }

        H declared(Set<String> annotations, String returnType, String name, boolean variadic, String... types) {
            functions.add(new FunctionDeclaration(name, new SourceLocation(path, line++, 5), returnType,
                    List.of(types), annotations, variadic));
            return this;
        }

        ParsedHeader parsed() {
            return new ParsedHeader(path, marked, List.of(), functions);
        }
    }

    private static final Set<String> CO = Set.of("coroutine_fn", "GRAPH_RDLOCK");
    private static final Set<String> NONE = Set.of();

    private static List<Header> check(Dialect d, TargetCheck t, H... headers) {
        return new Checker(d, ReservedNames.of(d.templateSet(), null), t)
                .check(List.of(headers).stream().map(H::parsed).toList());
    }

    private static List<Header> check(H... headers) {
        return check(Dialects.qemu(), TargetCheck.WARN, headers);
    }

    private static List<Diagnostic> errors(List<Header> hs) {
        return hs.stream().flatMap(h -> h.problems().stream()).toList();
    }

    private static List<Diagnostic> warnings(List<Header> hs) {
        return hs.stream().flatMap(h -> h.warnings().stream()).toList();
    }

    private static Diagnostic singleError(H... headers) {
        List<Header> hs = check(headers);
        assertThat(warnings(hs)).isEmpty();
        assertThat(errors(hs)).hasSize(1);
        return errors(hs).get(0);
    }

    private static void matches(H... headers) {
        List<Header> hs = check(headers);
        assertThat(errors(hs)).isEmpty();
        assertThat(warnings(hs)).isEmpty();
        assertThat(hs.stream().flatMap(h -> h.wrappers().stream())).allSatisfy(w -> assertThat(w.targetFound()).isTrue());
    }

    // ---- reserved names --------------------------------------------------------------------

    @Test
    void parameterNamesThatCollideWithWhatTheTemplatesDeclare() {
        List<Diagnostic> problems = errors(check(Dialects.qemu(), TargetCheck.OFF, new H("bad.h")
                .wrapper("co_wrapper", "int", "bdrv_a", "BlockDriverState *s")
                .wrapper("co_wrapper", "int", "bdrv_b", "BlockDriverState *bs", "int ret")
                .wrapper("co_wrapper", "int", "bdrv_d", "BdrvPollCo *poll_state")
                .wrapper("no_co_wrapper", "int", "bdrv_co_e", "Coroutine *co")
                .wrapper("no_co_wrapper", "int", "bdrv_co_f", "int s")));
        assertThat(problems).extracting(p -> p.location().toString())
                .containsExactly("bad.h:1:30", "bad.h:2:40", "bad.h:3:30", "bad.h:4:30", "bad.h:5:30");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("collides with a name the generated code uses"));
        assertThat(problems.get(0).message()).contains("a local variable of the generated wrapper", "qemu/co.names");
        assertThat(problems.get(1).message()).contains("a member of the generated struct");
        assertThat(problems.get(3).message()).contains("a member of the generated struct", "qemu/no_co.names");
    }

    @Test
    void namesOnlyTheEntryFunctionOrAnotherDirectionUsesAreFree() {
        List<Header> hs = check(Dialects.qemu(), TargetCheck.OFF, new H("ok.h")
                .wrapper("co_wrapper", "int", "bdrv_a", "void *opaque")
                .wrapper("no_co_wrapper", "int", "bdrv_co_b", "void *opaque")
                .wrapper("co_wrapper", "int", "bdrv_c", "Coroutine *co")          // co is a no_co member
                .wrapper("no_co_wrapper", "int", "bdrv_co_d", "int poll_state")    // poll_state is a co member
                .wrapper("co_wrapper", "void", "bdrv_e", "int *ret")               // void: no ret member
                .wrapper("co_wrapper", "int", "bdrv_f", "int in_progress"));       // a member of BdrvPollCo only
        assertThat(errors(hs)).isEmpty();
        assertThat(hs.get(0).wrappers()).hasSize(6);
    }

    @Test
    void structNameTargetHelperAndRuntimeFunctionsAreReservedPerWrapper() {
        List<Diagnostic> problems = errors(check(Dialects.qemu(), TargetCheck.OFF, new H("bad.h")
                .wrapper("co_wrapper", "int", "bdrv_x", "BlockDriverState *BdrvX")
                .wrapper("co_wrapper", "int", "bdrv_y", "int bdrv_co_y")
                .wrapper("co_wrapper", "int", "bdrv_z", "int bdrv_co_z_entry")
                .wrapper("co_wrapper", "int", "bdrv_u", "int qemu_coroutine_create")
                .wrapper("co_wrapper", "int", "bdrv_v", "int aio_wait_kick")
                .wrapper("co_wrapper", "int", "bdrv_w", "int bdrv_poll_co")
                .wrapper("no_co_wrapper", "int", "bdrv_co_t", "int aio_co_wake")
                .wrapper("no_co_wrapper", "int", "bdrv_co_r", "int bdrv_r_bh")));
        assertThat(problems).extracting(p -> p.location().line()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(problems.get(0).message()).contains("'BdrvX'", "the name of the generated struct");
        assertThat(problems.get(1).message()).contains("'bdrv_co_y'", "the target");
        assertThat(problems.get(2).message()).contains("the generated helper function");
        assertThat(problems.get(3).message()).contains("a function the generated code calls");
        assertThat(problems.get(7).message()).contains("the generated helper function");
    }

    @Test
    void legacyTemplatesHaveNoRetMemberAndNameTheStructAfterTheTarget() {
        List<Header> hs = check(Dialects.qemuLegacy(), TargetCheck.OFF, new H("l.h")
                .wrapper("generated_co_wrapper", "int", "bdrv_a", "BlockDriverState *bs", "int *ret")
                .wrapper("generated_co_wrapper", "int", "bdrv_b", "BlockDriverState *bs", "int BdrvCoB")
                .wrapper("generated_co_wrapper", "int", "bdrv_c", "BlockDriverState *bs", "int blk_bs"));
        assertThat(hs.get(0).wrappers()).extracting(Wrapper::name).containsExactly("bdrv_a");
        assertThat(errors(hs)).extracting(d -> d.location().line()).containsExactly(2, 3);
        assertThat(errors(hs).get(0).message()).contains("'BdrvCoB'", "the name of the generated struct");
    }

    @Test
    void aUserTemplateStatesItsOwnNames() throws Exception {
        Path t = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(t.resolve("co.vm"), "/* $w.name */\n");
        Files.writeString(t.resolve("co.names"), "members = poll_state\nlocals = s, tmp\nsuffixes = _run\n"
                + "calls = my_runtime_call\n");
        Dialect d = Dialects.qemu();
        Checker checker = new Checker(d, ReservedNames.of(d.templateSet(), t), TargetCheck.OFF);
        List<Header> hs = checker.check(List.of(new H("u.h")
                .wrapper("co_wrapper", "int", "bdrv_a", "int tmp")
                .wrapper("co_wrapper", "int", "bdrv_b", "int my_runtime_call")
                .wrapper("co_wrapper", "int", "bdrv_c", "int bdrv_co_c_run")
                .wrapper("co_wrapper", "int", "bdrv_d", "int ret")              // not in these names
                .wrapper("co_wrapper", "int", "bdrv_e", "int qemu_coroutine_create")
                .wrapper("no_co_wrapper", "int", "bdrv_co_f", "int aio_co_wake")  // built-in no_co.vm
                .parsed()));
        assertThat(errors(hs)).extracting(p -> p.location().line()).containsExactly(1, 2, 3, 6);
        assertThat(errors(hs).get(0).message()).contains("a local variable", t.resolve("co.names").toString());
        assertThat(hs.get(0).wrappers()).extracting(Wrapper::name).containsExactly("bdrv_d", "bdrv_e");
    }

    @Test
    void aUserTemplateWithoutNamesTakesThoseOfTheTemplateItReplacesOrTheDefaults() throws Exception {
        Path t = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(t.resolve("co.vm"), "/* $w.name */\n");
        assertThat(TemplateNames.of("qemu", t, io.github.cowrap.model.Direction.CO))
                .isEqualTo(TemplateNames.of("qemu", null, io.github.cowrap.model.Direction.CO));
        TemplateNames custom = TemplateNames.of(DialectBuilder.CUSTOM, t, io.github.cowrap.model.Direction.CO);
        assertThat(custom.source()).isEqualTo("default");
        assertThat(custom.locals()).containsExactly("s");
        assertThat(custom.members()).containsExactly("poll_state");
        assertThat(custom.resultMembers()).containsExactly("ret");
        assertThat(custom.calls()).isEmpty();
    }

    // ---- naming rule and duplicates ---------------------------------------------------------

    @Test
    void theNamingRuleRejectsACoWrapperNamedLikeACoroutineFunction() {
        Diagnostic d = singleError(new H("a.h").wrapper("co_wrapper", "int", "bdrv_co_a", "BlockDriverState *bs"));
        assertThat(d.format()).startsWith("a.h:1:16: error: bdrv_co_a: a co wrapper's name must not contain '_co_'");
    }

    @Test
    void sameWrapperTwice() {
        List<Diagnostic> problems = errors(check(Dialects.qemu(), TargetCheck.OFF,
                new H("a.h").wrapper("co_wrapper", "int", "bdrv_x", "BlockDriverState *bs"),
                new H("b.h").wrapper("co_wrapper", "int", "bdrv_x", "BlockDriverState *bs")
                        .wrapper("co_wrapper", "int", "bdrv_x", "BdrvChild *c")));
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().toString()).isEqualTo("b.h:2:16");
            assertThat(d.message()).contains("different signature", "a.h:1:16");
        });
    }

    @Test
    void wrapperWhoseTargetIsAnotherWrapper() {
        List<Diagnostic> problems = errors(check(new H("a.h")
                .wrapper("co_wrapper", "int", "bdrv_x", "BlockDriverState *bs")
                .wrapper("no_co_wrapper", "int", "bdrv_co_x", "BlockDriverState *bs")));
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.location().line()).isEqualTo(2);
            assertThat(d.message()).contains("bdrv_x");
        });
    }

    // ---- targets: found and matching ---------------------------------------------------------

    @Test
    void aMatchingTargetGivesItsPlace() {
        List<Header> hs = check(new H("a.h")
                .function(CO, "int", "bdrv_co_pwrite", "BdrvChild *", "int64_t", "int64_t", "const void *",
                        "BdrvRequestFlags")
                .wrapper("co_wrapper_mixed_bdrv_rdlock", "int", "bdrv_pwrite", "BdrvChild *child",
                        "int64_t offset", "int64_t bytes", "const void *buf", "BdrvRequestFlags flags")
                .function(NONE, "void", "bdrv_drop", "BlockDriverState *")
                .wrapper("no_co_wrapper", "void", "bdrv_co_drop", "BlockDriverState *bs"));
        assertThat(errors(hs)).isEmpty();
        assertThat(warnings(hs)).isEmpty();
        assertThat(hs.get(0).wrappers()).extracting(w -> w.targetDeclaration().toString())
                .containsExactly("a.h:1:5", "a.h:3:5");
    }

    @Test
    void spellingsOfTheSameTypeMatch() {
        String[][] same = {
            {"const char *", "char const*"},
            {"int64_t*", "int64_t *"},
            {"const  void  *", "void const *"},
            {"int [4]", "int *"},
            {"int []", "int*"},
            {"const char [static 8]", "const char *"},
            {"void (void *)", "void (*)(void *)"},
            {"void (*)(void *opaque)", "void (*)(void*)"},
            {"int (*)(void)", "int (*)()"},
            {"char *const", "char *"},
            {"const int", "int"},
            {"unsigned", "unsigned int"},
            {"long unsigned int", "unsigned long"},
            {"long long int", "long long"},
            {"signed", "int"},
            {"short int", "short"},
            {"bool", "_Bool"},
            {"struct BlockDriverState *", "struct  BlockDriverState*"},
            {"char **", "char * *"},
            {"const char *const *", "char const * const*"},
            {"__const char *", "const char *"},
            {"void *__restrict__", "void *"},
            {"int (*)[3]", "int (*)[3]"},
            {"char __attribute__((unused)) *", "char *"},
        };
        for (String[] pair : same) {
            H h = new H("a.h").function(CO, "int", "bdrv_co_x", pair[1])
                    .wrapper("co_wrapper", "int", "bdrv_x", pair[0] + "\tp");
            List<Header> hs = check(h);
            assertThat(errors(hs)).as(pair[0] + " against " + pair[1]).isEmpty();
        }
        // and the return type
        matches(new H("a.h").function(CO, "BlockDriverState*", "bdrv_co_r", "int")
                .wrapper("co_wrapper", "BlockDriverState *", "bdrv_r", "int a"));
        matches(new H("a.h").function(CO, "long unsigned int", "bdrv_co_q", "int")
                .wrapper("co_wrapper", "unsigned long", "bdrv_q", "int a"));
    }

    @Test
    void differentTypesDoNotMatch() {
        String[][] different = {
            {"int", "int64_t"},
            {"char *", "const char *"},
            {"char **", "char *"},
            {"signed char", "char"},
            {"unsigned char", "char"},
            {"long", "long long"},
            {"unsigned long", "long"},
            {"const char **", "char *const *"},
            {"void (*)(int)", "void (*)(long)"},
            {"int (*)[3]", "int (*)[4]"},
            {"struct A *", "A *"},
            {"float", "double"},
        };
        for (String[] pair : different) {
            Diagnostic d = singleError(new H("a.h").function(CO, "int", "bdrv_co_x", "int", pair[1])
                    .wrapper("co_wrapper", "int", "bdrv_x", "int a", pair[0] + "\tp"));
            assertThat(d.message()).as(pair[0] + " against " + pair[1]).contains("parameter 2: '");
        }
    }

    // ---- targets: every kind of mismatch -----------------------------------------------------

    @Test
    void aParameterTypeMismatchNamesTheTargetBothTypesAndTheTargetsPlace() {
        Diagnostic d = singleError(new H("block.h")
                .function(CO, "int", "bdrv_co_pread", "BdrvChild *", "int64_t", "int64_t")
                .wrapper("co_wrapper", "int", "bdrv_pread", "BdrvChild *child", "int offset", "int64_t bytes"));
        assertThat(d.format()).isEqualTo("block.h:2:16: error: bdrv_pread: does not match its target 'bdrv_co_pread'"
                + " declared at block.h:1:5: parameter 2: 'int' against 'int64_t' (declare the wrapper with its"
                + " target's return and parameter types)");
        assertThat(d.severity()).isEqualTo(Diagnostic.Severity.ERROR);
    }

    @Test
    void theReturnTypeMustMatch() {
        Diagnostic d = singleError(new H("a.h").function(CO, "int64_t", "bdrv_co_len", "BlockDriverState *")
                .wrapper("co_wrapper", "int", "bdrv_len", "BlockDriverState *bs"));
        assertThat(d.message()).contains("'bdrv_co_len'", "a.h:1:5", "return type: 'int' against 'int64_t'");
    }

    @Test
    void theParameterCountMustMatch() {
        Diagnostic fewer = singleError(new H("a.h").function(CO, "int", "bdrv_co_a", "BlockDriverState *", "int")
                .wrapper("co_wrapper", "int", "bdrv_a", "BlockDriverState *bs"));
        assertThat(fewer.message()).contains("1 parameter against 2");
        Diagnostic more = singleError(new H("a.h").function(CO, "int", "bdrv_co_b")
                .wrapper("co_wrapper", "int", "bdrv_b", "BlockDriverState *bs"));
        assertThat(more.message()).contains("1 parameter against 0");
        Diagnostic none = singleError(new H("a.h").function(CO, "int", "bdrv_co_c", "int")
                .wrapper("co_wrapper", "int", "bdrv_c"));
        assertThat(none.message()).contains("no parameters against 1");
    }

    @Test
    void aVariadicTargetDoesNotMatch() {
        Diagnostic d = singleError(new H("a.h").declared(CO, "int", "bdrv_co_log", true, "BlockDriverState *")
                .wrapper("co_wrapper", "int", "bdrv_log", "BlockDriverState *bs"));
        assertThat(d.message()).contains("a fixed parameter list against '...'");
    }

    @Test
    void everyDifferenceIsListed() {
        Diagnostic d = singleError(new H("a.h").function(NONE, "int64_t", "bdrv_co_a", "BlockDriverState *", "int64_t")
                .wrapper("co_wrapper", "int", "bdrv_a", "BdrvChild *c", "int n"));
        assertThat(d.message()).contains("return type: 'int' against 'int64_t'",
                "parameter 1: 'BdrvChild *' against 'BlockDriverState *'", "parameter 2: 'int' against 'int64_t'");
    }

    @Test
    void aCoWrappersTargetWithoutTheAnnotationIsReportedLikeAMissingTarget() {
        H h = new H("a.h").function(Set.of("GRAPH_RDLOCK"), "int", "bdrv_co_f", "BlockDriverState *")
                .wrapper("co_wrapper", "int", "bdrv_f", "BlockDriverState *bs");
        List<Header> warn = check(Dialects.qemu(), TargetCheck.WARN, h);
        assertThat(errors(warn)).isEmpty();
        assertThat(warnings(warn)).singleElement().satisfies(d -> assertThat(d.format()).startsWith(
                "a.h:2:16: warning: bdrv_f: its target 'bdrv_co_f' declared at a.h:1:5 is not declared coroutine_fn,"
                        + " and a co_wrapper wrapper's target must be a coroutine function"));
        assertThat(warn.get(0).wrappers()).hasSize(1);
        List<Header> error = check(Dialects.qemu(), TargetCheck.ERROR, h);
        assertThat(errors(error)).singleElement().satisfies(d -> assertThat(d.format())
                .startsWith("a.h:2:16: error: bdrv_f: its target 'bdrv_co_f' declared at a.h:1:5 is not declared"
                        + " coroutine_fn"));
        assertThat(errors(check(Dialects.qemu(), TargetCheck.OFF, h))).isEmpty();
        assertThat(warnings(check(Dialects.qemu(), TargetCheck.OFF, h))).isEmpty();
        // in the legacy dialect too (QEMU 5.2 declares bdrv_co_pdiscard so)
        List<Header> hs = check(Dialects.qemuLegacy(), TargetCheck.WARN, new H("l.h")
                .function(NONE, "int", "bdrv_co_g", "BlockDriverState *")
                .wrapper("generated_co_wrapper", "int", "bdrv_g", "BlockDriverState *bs"));
        assertThat(errors(hs)).isEmpty();
        assertThat(warnings(hs)).singleElement().satisfies(e -> assertThat(e.message()).contains("coroutine_fn"));
        // the annotation on any one declaration of the target is enough
        matches(new H("a.h").function(NONE, "int", "bdrv_co_h", "int").function(CO, "int", "bdrv_co_h", "int")
                .wrapper("co_wrapper", "int", "bdrv_h", "int n"));
    }

    @Test
    void aNoCoWrappersTargetMustNotBeACoroutineFunction() {
        Diagnostic d = singleError(new H("a.h").function(CO, "void", "bdrv_unref", "BlockDriverState *")
                .wrapper("no_co_wrapper", "void", "bdrv_co_unref", "BlockDriverState *bs"));
        assertThat(d.message()).contains("'bdrv_unref'", "is declared coroutine_fn", "must not be a coroutine function");
        matches(new H("a.h").function(Set.of("no_coroutine_fn", "GRAPH_WRLOCK"), "void", "bdrv_unref",
                "BlockDriverState *").wrapper("no_co_wrapper", "void", "bdrv_co_unref", "BlockDriverState *bs"));
    }

    @Test
    void aCustomDialectNamesItsOwnAnnotationOrNone() throws Exception {
        Path t = Files.createDirectories(dir.resolve("t"));
        Files.writeString(t.resolve("co.vm"), "x\n");
        List<MarkSpec> marks = List.of(new MarkSpec("RUN", "co", false, null));
        Dialect none = DialectBuilder.custom("tasks", marks, null, t);
        Dialect annotated = DialectBuilder.custom("tasks", marks, null, "TASK_CO", t);
        assertThat(none.coroutineAnnotation()).isNull();
        assertThat(annotated.coroutineAnnotation()).isEqualTo("TASK_CO");
        assertThat(annotated.macros()).contains("TASK_CO");
        H plain = new H("k.h").function(NONE, "int", "kv_co_get", "Kv *");
        MarkedDeclaration m = new MarkedDeclaration(none.marks().get("RUN"), "kv_get", new SourceLocation("k.h", 2, 9),
                "int", List.of(new Parameter("kv", "Kv *kv", "Kv *kv", "Kv *")),
                List.of(new SourceLocation("k.h", 2, 20)), new FunctionDeclaration("kv_get",
                        new SourceLocation("k.h", 2, 9), "int", List.of("Kv *"), Set.of(), false));
        plain.marked.add(m);
        List<ParsedHeader> parsed = List.of(plain.parsed());
        assertThat(new Checker(none, ReservedNames.of(none.templateSet(), t), TargetCheck.WARN).check(parsed)
                .get(0).problems()).isEmpty();
        assertThat(new Checker(none, ReservedNames.of(none.templateSet(), t), TargetCheck.WARN).check(parsed)
                .get(0).warnings()).isEmpty();
        assertThat(new Checker(annotated, ReservedNames.of(annotated.templateSet(), t), TargetCheck.ERROR).check(parsed)
                .get(0).problems()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("not declared TASK_CO"));
    }

    // ---- several declarations of one target ---------------------------------------------------

    @Test
    void severalDeclarationsOfTheTargetMustAgree() {
        Diagnostic d = singleError(
                new H("a.h").function(CO, "int", "bdrv_co_x", "BlockDriverState *", "int64_t"),
                new H("b.h").function(CO, "int", "bdrv_co_x", "BlockDriverState *", "int")
                        .wrapper("co_wrapper", "int", "bdrv_x", "BlockDriverState *bs", "int64_t n"));
        assertThat(d.location().toString()).isEqualTo("b.h:2:16");
        assertThat(d.message()).contains("'bdrv_co_x' is declared differently at b.h:1:5 and at a.h:1:5",
                "parameter 2: 'int' against 'int64_t'");
    }

    @Test
    void theAnnotationIsCheckedOnDeclarationsInIncludedFilesToo(@TempDir Path dir) {
        // through the real parser: with includePaths, the included file's declarations carry their
        // annotations, and a wrong one there is found as in an input
        Workspace ws = new Workspace(dir).includePaths(dir.resolve("inc"));
        ws.write("inc/b.h", ("int coroutine_fn bdrv_co_x(BlockDriverState *bs);\n"
                + "int coroutine_fn bdrv_y(BlockDriverState *bs);\n"
                + "int bdrv_co_z(BlockDriverState *bs);\n").getBytes(StandardCharsets.UTF_8));
        ws.header("a.h", "#include \"b.h\"\n"
                + "int co_wrapper bdrv_x(BlockDriverState *bs);\n"
                + "int no_co_wrapper bdrv_co_y(BlockDriverState *bs);\n"
                + "int co_wrapper bdrv_z(BlockDriverState *bs);\n");
        assertThat(ws.problems()).singleElement().satisfies(d -> {
            assertThat(d.location().toString()).isEqualTo("a.h:3:19");
            assertThat(d.message()).contains("bdrv_y", "declared at inc/b.h:2:18", "coroutine_fn");
        });
        assertThat(ws.warnings()).singleElement().satisfies(d -> assertThat(d.message())
                .contains("'bdrv_co_z' declared at inc/b.h:3:5 is not declared coroutine_fn"));
        // and the types are compared as well
        H b = new H("a.h").wrapper("co_wrapper", "int", "bdrv_x", "int n");
        b.functions.add(new FunctionDeclaration("bdrv_co_x", new SourceLocation("inc/b.h", 3, 18), "int",
                List.of("int64_t"), CO, false));
        assertThat(errors(check(b))).singleElement().satisfies(d -> assertThat(d.message())
                .contains("declared at inc/b.h:3:18: parameter 1: 'int' against 'int64_t'"));
    }

    @Test
    void declarationsThatAgreeOrAreTheSamePlaceTwiceAreFine() {
        FunctionDeclaration shared = new FunctionDeclaration("bdrv_co_x", new SourceLocation("inc/common.h", 7, 5),
                "int", List.of("BlockDriverState *"), CO, false);
        H a = new H("a.h").wrapper("co_wrapper", "int", "bdrv_x", "BlockDriverState *bs");
        a.functions.add(shared);
        H b = new H("b.h").function(Set.of("coroutine_fn"), "int", "bdrv_co_x", "BlockDriverState*");
        b.functions.add(shared);
        List<Header> hs = check(a, b);
        assertThat(errors(hs)).isEmpty();
        assertThat(hs.get(0).wrappers().get(0).targetDeclaration().toString()).isEqualTo("inc/common.h:7:5");
    }

    // ---- targets declared nowhere, under each targetCheck ----------------------------------

    private static H missing() {
        return new H("m.h").wrapper("co_wrapper", "int", "bdrv_m", "BlockDriverState *bs");
    }

    @Test
    void aMissingTargetIsAWarningByDefault() {
        List<Header> hs = check(Dialects.qemu(), TargetCheck.DEFAULT, missing());
        assertThat(errors(hs)).isEmpty();
        assertThat(warnings(hs)).singleElement().satisfies(d -> {
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.format()).startsWith("m.h:1:16: warning: bdrv_m: its target 'bdrv_co_m' is declared in"
                    + " none of the parsed files");
        });
        assertThat(hs.get(0).wrappers()).singleElement().satisfies(w -> assertThat(w.targetFound()).isFalse());
    }

    @Test
    void aMissingTargetIsAnErrorUnderError() {
        List<Header> hs = check(Dialects.qemu(), TargetCheck.ERROR, missing());
        assertThat(warnings(hs)).isEmpty();
        assertThat(errors(hs)).singleElement().satisfies(d ->
                assertThat(d.format()).startsWith("m.h:1:16: error: bdrv_m: its target 'bdrv_co_m' is declared in"
                        + " none of the parsed files"));
        assertThat(hs.get(0).wrappers()).isEmpty();
    }

    @Test
    void offChecksNothingButStillRecordsThePlace() {
        List<Header> hs = check(Dialects.qemu(), TargetCheck.OFF, missing());
        assertThat(errors(hs)).isEmpty();
        assertThat(warnings(hs)).isEmpty();
        assertThat(hs.get(0).wrappers()).hasSize(1);
        List<Header> mismatch = check(Dialects.qemu(), TargetCheck.OFF, new H("a.h")
                .function(NONE, "int64_t", "bdrv_co_a", "int").wrapper("co_wrapper", "int", "bdrv_a", "int n"));
        assertThat(errors(mismatch)).isEmpty();
        assertThat(mismatch.get(0).wrappers().get(0).targetDeclaration()).hasToString("a.h:1:5");
    }

    @Test
    void targetCheckValues() {
        assertThat(TargetCheck.parse(null)).isEqualTo(TargetCheck.WARN);
        assertThat(TargetCheck.parse(" Error ")).isEqualTo(TargetCheck.ERROR);
        assertThat(TargetCheck.parse("off")).isEqualTo(TargetCheck.OFF);
        assertThat(TargetCheck.parse("warn")).isEqualTo(TargetCheck.WARN);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TargetCheck.parse("strict"))
                .hasMessageContaining("unknown targetCheck 'strict'; expected error, warn or off");
    }

    // ---- through the whole core --------------------------------------------------------------

    @Test
    void anOpaqueParameterIsWrappedAndCompiles() throws Exception {
        Workspace ws = new Workspace(dir).targetCheck(TargetCheck.OFF).header("a.h", """
                int co_wrapper bdrv_c(void *opaque);
                int co_wrapper_mixed_bdrv_rdlock bdrv_d(BlockDriverState *bs, void *opaque);
                void coroutine_fn no_co_wrapper_bdrv_wrlock bdrv_co_e(void *opaque, int n);
                """);
        assertThat(ws.wrappers()).hasSize(3);
        String c = ws.generate();
        assertThat(c).contains("int bdrv_c(void *opaque)", ".opaque = opaque,", "bdrv_co_c(s->opaque)");
        if (Gcc.available()) {
            assertThat(Gcc.check(dir, ws.analyse(), c, "", false)).isNull();
        }
    }

    @Test
    void spellingsOfTheSameTypeMatchThroughTheParser() throws Exception {
        Workspace ws = new Workspace(dir).header("a.h", """
                typedef void Cb(void *);
                typedef int64_t Pair[2];
                #define OFF_T int64_t
                int coroutine_fn bdrv_co_a(BlockDriverState *bs, Cb cb, Pair p, char const *name);
                int co_wrapper bdrv_a(BlockDriverState *bs, Cb *cb, int64_t *p, const char* name);
                int coroutine_fn GRAPH_RDLOCK bdrv_co_b(BlockDriverState *bs, const int n, unsigned long int req);
                int co_wrapper_mixed_bdrv_rdlock bdrv_b(BlockDriverState *bs, int n, unsigned long req);
                int coroutine_fn bdrv_co_c(BlockDriverState *bs, void (*cb)(void *opaque), OFF_T off);
                int co_wrapper bdrv_c(BlockDriverState *bs, void cb(void *), int64_t off);
                static inline int coroutine_fn bdrv_co_d(BlockDriverState *bs, int x[]) { return x[0]; }
                int co_wrapper bdrv_d(BlockDriverState *bs, int *x);
                void bdrv_e(BlockDriverState *bs, int64_t n);
                void coroutine_fn no_co_wrapper bdrv_co_e(BlockDriverState *bs, OFF_T n);
                """);
        assertThat(ws.problems()).isEmpty();
        assertThat(ws.warnings()).isEmpty();
        assertThat(ws.wrappers()).allSatisfy(w -> assertThat(w.targetFound()).as(w.name()).isTrue());
        String c = ws.generate();
        assertThat(c).contains("void (*cb)(void *);");
        if (Gcc.available()) {
            String types = "typedef void Cb(void *);\ntypedef int64_t Pair[2];\n#define OFF_T int64_t\n";
            assertThat(Gcc.check(dir, ws.analyse(), c, types, false)).isNull();
        }
    }

    @Test
    void mismatchesThroughTheParser() {
        List<Diagnostic> problems = new Workspace(dir).header("a.h", """
                int coroutine_fn bdrv_co_h(BlockDriverState *bs, const int *p);
                int co_wrapper bdrv_h(BlockDriverState *bs, int *p);
                int coroutine_fn bdrv_co_j(BlockDriverState *bs, int64_t n);
                int coroutine_fn bdrv_co_j(BlockDriverState *bs, int n);
                int co_wrapper bdrv_j(BlockDriverState *bs, int n);
                int coroutine_fn bdrv_l(BlockDriverState *bs);
                int coroutine_fn no_co_wrapper bdrv_co_l(BlockDriverState *bs);
                int64_t coroutine_fn bdrv_co_m(BlockDriverState *bs, char **v);
                int co_wrapper bdrv_m(BlockDriverState *bs, char *v[]);
                """).problems();
        assertThat(problems).extracting(Diagnostic::format).satisfiesExactly(
                d -> assertThat(d).startsWith("a.h:2:16: error: bdrv_h: does not match its target 'bdrv_co_h' declared"
                        + " at a.h:1:18: parameter 2: 'int *' against 'const int *'"),
                d -> assertThat(d).startsWith("a.h:5:16: error: bdrv_j: its target 'bdrv_co_j' is declared differently"
                        + " at a.h:4:18 and at a.h:3:18: parameter 2: 'int' against 'int64_t'"),
                d -> assertThat(d).contains("a.h:7:32: error: bdrv_co_l:", "is declared coroutine_fn"),
                d -> assertThat(d).startsWith("a.h:9:16: error: bdrv_m: does not match its target 'bdrv_co_m' declared"
                        + " at a.h:8:22: return type: 'int' against 'int64_t'"));
    }

    @Test
    void aLocalAUserTemplateDeclaresIsReservedThroughTheCore() throws Exception {
        Path t = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(t.resolve("co.vm"), "/* ${w.name} */\n");
        Files.writeString(t.resolve("co.names"), "locals = s, deadline\n");
        Workspace ws = new Workspace(dir.resolve("ws")).templates(t).targetCheck(TargetCheck.OFF)
                .header("a.h", "int co_wrapper bdrv_x(BlockDriverState *bs, int64_t deadline);\n");
        assertThat(ws.problems()).singleElement().satisfies(d -> {
            assertThat(d.format()).startsWith("a.h:1:53: error: bdrv_x: parameter 'deadline' collides with a name the"
                    + " generated code uses: a local variable of the generated wrapper");
        });
        // the built-in co.vm declares no such local
        assertThat(new Workspace(dir.resolve("ws2")).targetCheck(TargetCheck.OFF)
                .header("a.h", "int co_wrapper bdrv_x(BlockDriverState *bs, int64_t deadline);\n").wrappers())
                .hasSize(1);
    }

    @Test
    void aMalformedNamesFileIsAConfigurationError() throws Exception {
        Path t = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(t.resolve("co.vm"), "/* ${w.name} */\n");
        Files.writeString(t.resolve("co.names"), "local = s\n");
        Workspace ws = new Workspace(dir.resolve("ws")).templates(t)
                .header("a.h", "int co_wrapper bdrv_x(BlockDriverState *bs);\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new io.github.cowrap.generate.Generator()
                .analyse(ws.request())).hasMessageContaining("co.names").hasMessageContaining("unknown key 'local'");
    }
}
