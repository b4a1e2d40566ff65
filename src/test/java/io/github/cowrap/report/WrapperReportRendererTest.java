package io.github.cowrap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.model.Wrapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import io.github.cowrap.model.Header;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrapperReportRendererTest {

    @TempDir
    Path dir;

    private Path good;
    private Path bad;

    @BeforeEach
    void headers() throws IOException {
        Files.createDirectories(dir.resolve("src/main/c"));
        // two headers: z.h sorts after a.h though it is configured first
        good = write("src/main/c/z.h", """
                int coroutine_fn zz_co_read(Node *n, void *buf);
                int co_wrapper_mixed zz_read(Node *n, void *buf);

                void co_wrapper zz_flush(Node *n);
                """);
        bad = write("src/main/c/a.h", """
                int coroutine_fn aa_co_write(Node *n, const void *buf);
                int co_wrapper_bdrv_rdlock aa_write(Node *n, const void *buf);

                /* not a mark of the dialect: co wrappers take no write lock */
                int co_wrapper_bdrv_wrlock aa_sync(Node *n);

                Node *coroutine_fn no_co_wrapper aa_co_open(const char *name, int flags);
                """);
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private ReportContent content(List<Path> headers, Path templates) throws Exception {
        GenerationRequest request = new GenerationRequest(Dialects.qemu(), headers, dir, null, null, templates,
                null, null, StandardCharsets.UTF_8);
        return ReportContent.of(new Generator(), request, "block-gen.c");
    }

    /** The page through the plain HTML writer (cowrap:report on its own). */
    private static String render(ReportContent content, boolean sourcePage) {
        return render(content, sourcePage, false);
    }

    /** The page through the plain HTML writer, or through a real Doxia sink (a site build). */
    private static String render(ReportContent content, boolean sourcePage, boolean doxia) {
        StringWriter out = new StringWriter();
        ReportWriter writer = doxia ? new SinkReportWriter(new Xhtml5BaseSink(out)) : new HtmlReportWriter(out);
        if (sourcePage) {
            new SourcePageRenderer(writer, content).renderGenerated();
        } else {
            new WrapperReportRenderer(writer, content).render();
        }
        return out.toString();
    }

    /** The text of the element with the given id up to the end of its table row. */
    private static String row(String html, String id) {
        int at = html.indexOf("id=\"" + id + "\"");
        assertThat(at).as("anchor " + id).isPositive();
        return html.substring(at, html.indexOf("</tr>", at));
    }

    private static String strip(String html) {
        return html.replaceAll("<[^>]+>", "");
    }

    @Test
    void listsEveryWrapperWithItsAnchorInTheConfiguredOrder() throws Exception {
        ReportContent content = content(List.of(good, bad), null);
        for (boolean doxia : new boolean[] {false, true}) {
            String html = render(content, false, doxia);

            assertThat(content.generation().wrappers()).extracting(Wrapper::name)
                    .containsExactly("zz_read", "zz_flush", "aa_write", "aa_co_open");
            List<String> anchors = new java.util.ArrayList<>();
            Matcher m = Pattern.compile("<a id=\"(\\w+)\"></a><a href=\"cowrap-report-source.html#L\\d+\">")
                    .matcher(html);
            while (m.find()) {
                anchors.add(m.group(1));
            }
            // one order: the configured one (z.h before a.h), the generated C's
            assertThat(anchors).as("doxia " + doxia).containsExactly("zz_read", "zz_flush", "aa_write", "aa_co_open");

            String read = strip(row(html, "zz_read"));
            assertThat(read).contains("zz_read", "zz_co_read", "co_wrapper_mixed", "int", "Node *n, void *buf",
                    "line 2");
            assertThat(row(html, "zz_read")).contains("<td class=\"cowrap-wrap\"><code>Node *n, void *buf</code></td>");
            String open = strip(row(html, "aa_co_open"));
            assertThat(open).contains("aa_open", "no_co_wrapper", "Node *", "const char *name, int flags",
                    "line 7");
        }
    }

    @Test
    void groupsTheWrappersByHeaderAndLinksTheSummaryToTheGroupsAndMarks() throws Exception {
        ReportContent content = content(List.of(good, bad), null);
        for (boolean doxia : new boolean[] {false, true}) {
            String html = render(content, false, doxia);
            String z = "header-src-main-c-z.h";
            String a = "header-src-main-c-a.h";
            // the summary's header cells link to the groups, which follow in the same order
            assertThat(html).contains("<a href=\"#" + z + "\"><code>src/main/c/z.h</code></a>")
                    .contains("<a href=\"#" + a + "\"><code>src/main/c/a.h</code></a>");
            int zAt = html.indexOf("id=\"" + z + "\"");
            int aAt = html.indexOf("id=\"" + a + "\"");
            assertThat(zAt).as("doxia " + doxia).isPositive().isLessThan(aAt);
            assertThat(html.indexOf("id=\"zz_read\"")).isGreaterThan(zAt).isLessThan(aAt);
            assertThat(html.indexOf("id=\"aa_write\"")).isGreaterThan(aAt);
            // each mark with wrappers links to its row of the wrappers by mark, which links to the wrappers
            assertThat(html).contains("<a href=\"#mark-co_wrapper_mixed\"><code>co_wrapper_mixed</code></a>")
                    .doesNotContain("href=\"#mark-no_co_wrapper_bdrv_wrlock\"");
            String marks = html.substring(html.indexOf("id=\"mark-no_co_wrapper\""));
            assertThat(marks.substring(0, marks.indexOf("</tr>"))).contains("<a href=\"#aa_co_open\">");
            // the target's declaration, where a header declares it, with its place linked
            assertThat(strip(row(html, "zz_read"))).contains("declared at src/main/c/z.h:1");
            assertThat(row(html, "zz_read")).contains("href=\"" + Anchors.headerPage(z) + "#L1\"");
            // the place of each declaration links to the header's own page, at the line
            assertThat(row(html, "zz_read"))
                    .contains("<a href=\"" + Anchors.headerPage(z) + "#L2\">line 2</a>");
        }
    }

    @Test
    void headerPagesShowTheHeadersWithAnAnchorPerLine() throws Exception {
        ReportContent content = content(List.of(good, bad), null);
        Header z = content.generation().headers().get(0);
        StringWriter out = new StringWriter();
        new SourcePageRenderer(new HtmlReportWriter(out), content).renderHeader(z);
        String html = out.toString();
        assertThat(html).contains("<title>Header: src/main/c/z.h</title>")
                .contains("<a id=\"L2\" class=\"cowrap-line\" href=\"#L2\">2</a>int co_wrapper_mixed zz_read(")
                .contains("id=\"L4\"").doesNotContain("id=\"L5\"")
                .contains("href=\"cowrap-report.html#header-src-main-c-z.h\"");
    }

    @Test
    void everyProblemNamesItsDeclaration() throws Exception {
        Path worse = write("src/main/c/w.h", """
                int co_wrapper_bdrv_wrlock ww_sync(Node *n);
                int co_wrapper ww_broken(Node *n, ...);
                """);
        ReportContent content = content(List.of(worse), null);
        String html = render(content, false);
        List<String> problems = rows(html.substring(html.indexOf("id=\"problems\"")));
        assertThat(problems).hasSize(3);
        for (String p : problems.subList(1, problems.size())) {
            String declaration = p.split("\\|")[1];
            assertThat(declaration).as(p).isNotBlank().containsAnyOf("ww_sync", "ww_broken");
        }
    }

    @Test
    void linksEachWrapperToTheLineWhereItsSectionStarts() throws Exception {
        ReportContent content = content(List.of(good, bad), null);
        String html = render(content, false, true);
        String[] c = content.source().text().split("\n", -1);
        for (Wrapper w : content.generation().wrappers()) {
            Matcher m = Pattern.compile("id=\"" + w.name() + "\"></a><a href=\"cowrap-report-source.html#L(\\d+)\"")
                    .matcher(html);
            assertThat(m.find()).as(w.name()).isTrue();
            int line = Integer.parseInt(m.group(1));
            // a section opens with the comment that names the target
            assertThat(c[line - 1]).isEqualTo("/*");
            assertThat(c[line]).isEqualTo(" * Wrappers for " + w.target());
        }
    }

    /** Each table row as the texts of its cells, joined by "|". */
    private static List<String> rows(String html) {
        List<String> rows = new java.util.ArrayList<>();
        Matcher tr = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(html);
        while (tr.find()) {
            List<String> cells = new java.util.ArrayList<>();
            Matcher td = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL).matcher(tr.group(1));
            while (td.find()) {
                cells.add(strip(td.group(1)).strip());
            }
            rows.add(String.join("|", cells));
        }
        return rows;
    }

    @Test
    void summaryCountsPerMarkAndPerHeader() throws Exception {
        String html = render(content(List.of(good, bad), null), false);

        assertThat(strip(html)).contains("found 4 wrappers in 2 headers (dialect qemu) and 1 problem.");
        List<String> rows = rows(html);
        // every mark of the dialect in the dialect's order, zeros included, then the total
        assertThat(rows).containsSubsequence(
                "Mark|Kind|Lock around the call|Wrappers",
                "co_wrapper|co: runs a coroutine function from outside coroutines|none|1",
                "co_wrapper_mixed|co, mixed: runs a coroutine function, or calls it directly inside one|none|1",
                "co_wrapper_bdrv_rdlock|co: runs a coroutine function from outside coroutines|graph reader lock|1",
                "co_wrapper_mixed_bdrv_rdlock|co, mixed: runs a coroutine function, or calls it directly inside one"
                        + "|graph reader lock|0",
                "no_co_wrapper|no_co: a coroutine function that runs an ordinary function on the main loop|none|1",
                "no_co_wrapper_bdrv_rdlock|no_co: a coroutine function that runs an ordinary function on the main loop"
                        + "|graph reader lock|0",
                "no_co_wrapper_bdrv_wrlock|no_co: a coroutine function that runs an ordinary function on the main loop"
                        + "|graph writer lock|0",
                "Total|||4");
        // per header, in configured order
        assertThat(rows).containsSubsequence(
                "Header|Wrappers|Problems", "src/main/c/z.h|2|0", "src/main/c/a.h|2|1", "Total|4|1");
    }

    @Test
    void showsEachProblemWithFileLineAndColumn() throws Exception {
        String html = render(content(List.of(good, bad), null), false);
        String problems = strip(html.substring(html.indexOf("id=\"problems\"")));

        assertThat(problems).contains("src/main/c/a.h:5:5").contains("co_wrapper_bdrv_wrlock")
                .contains("aa_sync");
        assertThat(strip(html)).contains("The generate goal fails until the 1 problem below is fixed");
    }

    @Test
    void aMissingHeaderIsAProblemNotAFailure() throws Exception {
        Path missing = dir.resolve("src/main/c/missing.h");
        String html = strip(render(content(List.of(good, missing), null), false));

        assertThat(html).contains("found 2 wrappers in 2 headers (dialect qemu) and 1 problem.")
                .contains("src/main/c/missing.h:");
    }

    @Test
    void withoutProblemsSaysSo() throws Exception {
        String html = strip(render(content(List.of(good), null), false));

        assertThat(html).contains("and 0 problems.").contains("No problems: every marked declaration gave a wrapper.")
                .doesNotContain("generate goal fails");
    }

    @Test
    void aBrokenTemplateIsShownAndThereIsNoSourcePage() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        Files.writeString(templates.resolve("co.vm"), "$undefined.reference\n");
        ReportContent content = content(List.of(good), templates);

        assertThat(content.source()).isNull();
        assertThat(strip(render(content, false))).contains("The C could not be rendered: ").contains("co.vm");
        assertThatThrownBy(() -> render(content, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sourcePageHasAnAnchorPerLineAndPerSection() throws Exception {
        ReportContent content = content(List.of(good, bad), null);
        for (boolean doxia : new boolean[] {false, true}) {
        String html = render(content, true, doxia);
        String[] c = content.source().text().split("\n");

        for (int n = 1; n <= c.length; n++) {
            assertThat(html).contains("id=\"L" + n + "\"");
        }
        assertThat(html).doesNotContain("id=\"L" + (c.length + 1) + "\"");
        for (Wrapper w : content.generation().wrappers()) {
            int line = content.sectionLine(w);
            assertThat(html).contains("<a id=\"" + w.name() + "\"></a><a id=\"L" + line + "\"");
        }
        // the code is all there, escaped, without the line numbers
        String code = strip(html.substring(html.indexOf("<pre"), html.indexOf("</pre>")))
                .replaceAll("(?m)^\\d+", "").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&")
                .replace("&quot;", "\"");
        assertThat(code.strip()).isEqualTo(content.source().text().strip());
        }
    }
}
