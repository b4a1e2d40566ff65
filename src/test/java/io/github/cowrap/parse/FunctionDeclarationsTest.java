package io.github.cowrap.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.model.FunctionDeclaration;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one pass models every function declaration, marked or not, with its types in comparison
 * form: what the target check compares a wrapper with.
 */
class FunctionDeclarationsTest {

    @TempDir
    Path dir;

    private ParsedHeader parse(String text, List<String> macros, List<Path> includePaths) throws Exception {
        Path h = dir.resolve("a.h");
        Files.writeString(h, text, StandardCharsets.UTF_8);
        return new HeaderParser(Dialects.qemu(), macros, includePaths, StandardCharsets.UTF_8).parse(h, "a.h");
    }

    private FunctionDeclaration only(String text) throws Exception {
        List<FunctionDeclaration> all = parse(text, List.of(), List.of()).functions();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void qualifierOrderAndSpacingAreOneSpelling() throws Exception {
        FunctionDeclaration a = only("const char * f(char const*s, const volatile int * const p);\n");
        FunctionDeclaration b = only("char const *f(const char *x, volatile const int *const q);\n");
        assertThat(a.returnType()).isEqualTo("const char *").isEqualTo(b.returnType());
        assertThat(a.parameterTypes()).containsExactly("const char *", "const volatile int *const")
                .isEqualTo(b.parameterTypes());
    }

    @Test
    void macrosAreExpandedAndAttributesDropped() throws Exception {
        FunctionDeclaration f = only("""
                #define T int64_t
                #define WUR __attribute__((warn_unused_result))
                T WUR __attribute__((nonnull)) f(T a, unsigned u, long l, signed char c) WUR;
                """);
        assertThat(f.returnType()).isEqualTo("int64_t");
        assertThat(f.parameterTypes()).containsExactly("int64_t", "unsigned int", "long int", "signed char");
    }

    @Test
    void arraysAndFunctionsDecayAlsoThroughTypedefs() throws Exception {
        ParsedHeader h = parse("""
                typedef void Cb(void *);
                typedef long Pair[2];
                typedef Pair Pair2;
                typedef int (*Fp)(int);
                void f(int a[], int b[4][8], void g(int), Cb cb, Pair p, const Pair2 q, Fp fp, int (*h)(void));
                """, List.of(), List.of());
        assertThat(h.functions()).singleElement().satisfies(f -> assertThat(f.parameterTypes()).containsExactly(
                "int *", "int (*)[8]", "void (*)(int)", "Cb *", "long int *", "const long int *", "Fp",
                "int (*)(void)"));
    }

    @Test
    void everyFunctionMarkedOrNotWithAnnotationsAndLocation() throws Exception {
        ParsedHeader h = parse("""
                int coroutine_fn GRAPH_RDLOCK bdrv_co_x(BlockDriverState *bs, ...);
                int co_wrapper_mixed_bdrv_rdlock bdrv_x(BlockDriverState *bs);
                static inline int helper(void) { return 0; }
                typedef int not_a_function(int);
                int (*not_a_function_either)(int);
                int a, b(void), *c(int);
                """, List.of(), List.of());
        assertThat(h.functions()).extracting(FunctionDeclaration::name)
                .containsExactly("bdrv_co_x", "bdrv_x", "helper", "b", "c");
        FunctionDeclaration target = h.functions().get(0);
        assertThat(target.annotations()).containsExactly("coroutine_fn", "GRAPH_RDLOCK");
        assertThat(target.variadic()).isTrue();
        assertThat(target.location().toString()).isEqualTo("a.h:1:31");
        FunctionDeclaration wrapper = h.functions().get(1);
        assertThat(wrapper.annotations()).as("marks are not annotations").isEmpty();
        assertThat(h.declarations()).singleElement().satisfies(d -> assertThat(d.function()).isEqualTo(wrapper));
        assertThat(h.functions().get(4).returnType()).isEqualTo("int *");
        assertThat(h.functions().get(2).parameterTypes()).isEmpty();
    }

    @Test
    void functionsOfIncludedFilesWhenIncludesAreFollowed() throws Exception {
        Path inc = Files.createDirectories(dir.resolve("inc"));
        Files.writeString(inc.resolve("types.h"), """
                typedef long Pair[2];
                /* the target */
                int coroutine_fn bdrv_co_y(BlockDriverState *bs, Pair p);
                """);
        String header = "#include \"types.h\"\nint co_wrapper bdrv_y(BlockDriverState *bs, Pair p);\n";
        assertThat(parse(header, List.of(), List.of()).functions()).extracting(FunctionDeclaration::name)
                .containsExactly("bdrv_y");
        ParsedHeader h = parse(header, List.of(), List.of(inc));
        assertThat(h.functions()).extracting(FunctionDeclaration::name).containsExactly("bdrv_co_y", "bdrv_y");
        FunctionDeclaration target = h.functions().get(0);
        assertThat(target.location().toString()).isEqualTo("inc/types.h:3:18");
        assertThat(target.annotations()).containsExactly("coroutine_fn");
        // the typedef of the included file decays the parameter of the input's wrapper too
        assertThat(h.functions().get(1).parameterTypes()).containsExactly("BlockDriverState *", "long int *");
        assertThat(h.declarations().get(0).parameters().get(1).member()).isEqualTo("long int *p");
    }

    @Test
    void theSameFunctionDeclaredTwiceIsTheSameModel() throws Exception {
        ParsedHeader h = parse("""
                int f(const char *name, int (*cb)(void *opaque, int n));
                int f(char const *other, int (*callback)(void *, int));
                """, List.of(), List.of());
        assertThat(h.functions()).hasSize(2);
        assertThat(h.functions().get(0).parameterTypes()).isEqualTo(h.functions().get(1).parameterTypes())
                .containsExactly("const char *", "int (*)(void *, int)");
    }
}
