package io.github.cowrap.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic header corpus: {@code headers} headers of {@code perHeader} marked
 * declarations each, cycling through every mark of the {@code qemu} dialect, every return shape
 * (plain, 64-bit, void, pointer) and 1 to 6 parameters, on one line or several. Around them, the
 * kind of text real block headers have: comments, include guards, macros, structs, the
 * unmarked coroutine_fn prototypes of the targets, and an {@code #if 0} block.
 *
 * <p>Every declaration is also in the shape QEMU's regular-expression script accepts (a
 * one-word return type, the mark, the name, and parameters without parentheses up to {@code
 * );} at the end of a line), so that the script and the plugin can be timed on the same input.
 *
 * <p>Also writes {@code pom.xml} (a project that runs {@code cowrap:generate} on the headers) and
 * {@code inputs.txt} (the headers' paths, one a line, for the script). Deterministic: the same
 * arguments give the same bytes.
 *
 * <pre>java io.github.cowrap.bench.CorpusGenerator DIR HEADERS PER_HEADER [PLUGIN_VERSION]
 * java io.github.cowrap.bench.CorpusGenerator DIR --one-header MARKS [PLUGIN_VERSION]</pre>
 *
 * <p>The second form writes the same declarations as {@code DIR 1 MARKS}: every mark in one
 * header, to compare with the same marks spread over many headers (see {@code scaling.sh}).
 */
public final class CorpusGenerator {

    /** The marks of the qemu dialect with their direction: true for co, false for no_co. */
    private static final String[][] MARKS = {
        {"co_wrapper", "co"},
        {"co_wrapper_mixed", "co"},
        {"co_wrapper_bdrv_rdlock", "co"},
        {"co_wrapper_mixed_bdrv_rdlock", "co"},
        {"no_co_wrapper", "no_co"},
        {"no_co_wrapper_bdrv_rdlock", "no_co"},
        {"no_co_wrapper_bdrv_wrlock", "no_co"},
    };
    private static final String[] RETURNS = {"int ", "int64_t ", "void ", "BlockDriverState *", "bool ",
        "uint64_t "};
    private static final String[] FIRST = {"BlockDriverState *bs", "BdrvChild *child", "BlockBackend *blk"};
    private static final String[] MORE = {"int64_t offset", "int64_t bytes", "QEMUIOVector *qiov",
        "BdrvRequestFlags flags", "const void *buf", "unsigned int count", "Error **errp", "size_t qiov_offset",
        "const char *name", "uint64_t *out_size"};
    private static final String[] VERBS = {"read", "write", "flush", "probe", "truncate", "discard", "check",
        "refresh", "drain", "snapshot", "resize", "open"};

    private CorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: CorpusGenerator DIR HEADERS PER_HEADER [PLUGIN_VERSION]\n"
                    + "       CorpusGenerator DIR --one-header MARKS [PLUGIN_VERSION]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        boolean oneHeader = args[1].equals("--one-header");
        int headers = oneHeader ? 1 : Integer.parseInt(args[1]);
        int perHeader = Integer.parseInt(args[2]);
        String version = args.length > 3 ? args[3] : "0.1.0-SNAPSHOT";
        List<String> names = write(dir, headers, perHeader);
        Files.writeString(dir.resolve("pom.xml"), pom(version), StandardCharsets.UTF_8);
        Files.write(dir.resolve("inputs.txt"), names, StandardCharsets.UTF_8);
        System.out.println(dir + ": " + headers + " headers x " + perHeader + " = " + headers * perHeader
                + " marked declarations");
    }

    /** Writes the headers under {@code dir/src/main/c}; returns their paths relative to {@code dir}. */
    public static List<String> write(Path dir, int headers, int perHeader) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/main/c/block"));
        List<String> names = new ArrayList<>();
        for (int h = 0; h < headers; h++) {
            String name = String.format(java.util.Locale.ROOT, "gen%04d.h", h);
            Files.writeString(src.resolve(name), header(h, perHeader), StandardCharsets.UTF_8);
            names.add("src/main/c/block/" + name);
        }
        return names;
    }

    /** One header's text. */
    static String header(int h, int perHeader) {
        String guard = String.format(java.util.Locale.ROOT, "GEN%04d_H", h);
        String sub = String.format(java.util.Locale.ROOT, "h%04d", h);
        StringBuilder out = new StringBuilder(perHeader * 400);
        out.append("/*\n * Generated benchmark header ").append(h).append(".\n *\n")
                .append(" * Marked declarations of every kind, among the usual text of a block header.\n */\n\n")
                .append("#ifndef ").append(guard).append("\n#define ").append(guard).append("\n\n")
                .append("#include \"block/block-common.h\"\n#include \"qemu/coroutine.h\"\n\n")
                .append("#define ").append(sub.toUpperCase(java.util.Locale.ROOT)).append("_MAX_DEPTH 16\n\n")
                .append("typedef struct ").append(sub).append("_state {\n    int depth;\n    int64_t offset;\n")
                .append("    BlockDriverState *bs;\n} ").append(sub).append("_state;\n\n");
        for (int d = 0; d < perHeader; d++) {
            declaration(out, sub, h * perHeader + d, d);
        }
        out.append("#if 0\n/* old API, not compiled */\nint ").append(sub).append("_legacy(BlockDriverState *bs);\n")
                .append("#endif\n\n#endif /* ").append(guard).append(" */\n");
        return out.toString();
    }

    private static void declaration(StringBuilder out, String sub, int n, int d) {
        String[] mark = MARKS[n % MARKS.length];
        boolean co = mark[1].equals("co");
        String ret = RETURNS[(n / MARKS.length) % RETURNS.length];
        String base = VERBS[n % VERBS.length] + "_d" + d;
        List<String> params = new ArrayList<>();
        params.add(FIRST[n % FIRST.length]);
        int extra = n % 6;
        for (int i = 0; i < extra; i++) {
            params.add(MORE[(n + i * 3) % MORE.length]);
        }
        // no two parameters with the same name
        List<String> unique = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String p : params) {
            String pname = p.substring(Math.max(p.lastIndexOf(' '), p.lastIndexOf('*')) + 1);
            if (!seen.contains(pname)) {
                seen.add(pname);
                unique.add(p);
            }
        }
        boolean multiLine = n % 3 == 0;
        String wrapper = co ? sub + "_" + base : sub + "_co_" + base;
        String target = co ? sub + "_co_" + base : sub + "_" + base;
        if (n % 4 == 0) {
            out.append("/*\n * ").append(target).append(": declaration ").append(d)
                    .append(" of this header.\n * The wrapper below is generated.\n */\n");
        }
        // the function the wrapper calls, as a header declares it: not marked
        out.append(ret).append(co ? "coroutine_fn GRAPH_RDLOCK " : "").append(target).append('(')
                .append(String.join(", ", unique)).append(");\n");
        // the marked declaration
        out.append(ret);
        if (!co) {
            out.append("coroutine_fn ");
        }
        out.append(mark[0]);
        out.append(multiLine ? "\n" : " ");
        out.append(wrapper).append('(');
        String indent = multiLine ? " ".repeat(wrapper.length() + 1) : "";
        for (int i = 0; i < unique.size(); i++) {
            if (i > 0) {
                out.append(multiLine && i % 2 == 0 ? ",\n" + indent : ", ");
            }
            out.append(unique.get(i));
        }
        out.append(");\n\n");
    }

    /** A project that generates the wrappers of the corpus. */
    static String pom(String version) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>io.github.cowrap.bench</groupId>
                  <artifactId>corpus</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <properties>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>io.github.cowrap</groupId>
                        <artifactId>cowrap-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions>
                          <execution>
                            <goals>
                              <goal>generate</goal>
                            </goals>
                          </execution>
                        </executions>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
    }
}
