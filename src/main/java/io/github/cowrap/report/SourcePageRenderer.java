package io.github.cowrap.report;

import io.github.cowrap.model.Header;
import io.github.cowrap.model.Wrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's source pages: the generated C ({@code cowrap-report-source.html}, with an anchor
 * per wrapper's section and a list of the sections at the top) and each header's text (the
 * targets of the report's "declared at" links). Every line has a number and an anchor,
 * {@code L12}.
 */
public final class SourcePageRenderer {

    /** Line numbers that stay out of a copy, and the line a link points at highlighted. */
    static final String CSS = "pre.cowrap-source{line-height:1.35;padding:0.5em 0;overflow-x:auto;"
            // skins give pre a height of its own, which scrolls apart from the page: a link to a
            // line must scroll the page
            + "max-height:none;overflow-y:visible}"
            + "pre.cowrap-source a.cowrap-line{display:inline-block;width:4.5em;padding-right:1em;text-align:right;"
            + "color:#999;text-decoration:none;user-select:none;-webkit-user-select:none}"
            + "pre.cowrap-source a.cowrap-line:target{background:#ffe98a;color:#333}"
            + ".cowrap-report a code{color:inherit}";

    private final ReportWriter out;
    private final ReportContent content;

    public SourcePageRenderer(ReportWriter out, ReportContent content) {
        this.out = out;
        this.content = content;
    }

    /** The title of the generated C's page. */
    public static String generatedTitle(ReportContent content) {
        return "Generated C: " + content.sourceName();
    }

    /** The generated C. */
    public void renderGenerated() {
        if (content.source() == null) {
            throw new IllegalArgumentException("no generated C to show");
        }
        String title = generatedTitle(content);
        out.startPage(title, CSS);
        out.startDivision("cowrap-report");
        out.startSection(title, "source");

        List<Wrapper> wrappers = content.generation().wrappers();
        out.startParagraph();
        out.text("The C that cowrap-maven-plugin generates (dialect " + content.dialect().name() + "): "
                + WrapperReportRenderer.plural(wrappers.size(), "wrapper") + ", in the order of the file. Back to ");
        backLink();
        out.text(".");
        out.endParagraph();

        if (!wrappers.isEmpty()) {
            out.startList();
            for (Wrapper w : wrappers) {
                int line = content.sectionLine(w);
                out.startItem();
                out.startLink("#" + Anchors.line(line));
                out.code(w.name());
                out.endLink();
                out.text(" calls ");
                out.code(w.target());
                out.text(" (line " + line + ", from ");
                out.startLink(Anchors.REPORT_PAGE + ".html#" + Anchors.wrapper(w.name()));
                out.text(w.location().file() + ":" + w.location().line());
                out.endLink();
                out.text(")");
                out.endItem();
            }
            out.endList();
        }

        Map<Integer, String> sectionAt = new HashMap<>();
        content.source().sectionLines().forEach((name, line) -> sectionAt.put(line, Anchors.wrapper(name)));
        numbered(content.source().text(), sectionAt);
        out.endSection();
        out.endDivision();
        out.endPage();
    }

    /** A header's text; the header must be one whose text the content has. */
    public void renderHeader(Header header) {
        String text = content.headerTexts().get(header.path());
        if (text == null) {
            throw new IllegalArgumentException("no text of " + header.path());
        }
        String title = "Header: " + header.path();
        out.startPage(title, CSS);
        out.startDivision("cowrap-report");
        out.startSection(title, "header");
        out.startParagraph();
        out.text("The header as cowrap-maven-plugin read it: "
                + WrapperReportRenderer.plural(header.wrappers().size(), "wrapper") + ", "
                + WrapperReportRenderer.plural(header.problems().size(), "problem") + ". Back to ");
        out.startLink(Anchors.REPORT_PAGE + ".html#" + content.headerIds().get(header.path()));
        out.text("its wrappers");
        out.endLink();
        out.text(" in ");
        backLink();
        out.text(".");
        out.endParagraph();
        numbered(text, Map.of());
        out.endSection();
        out.endDivision();
        out.endPage();
    }

    private void backLink() {
        out.startLink(Anchors.REPORT_PAGE + ".html");
        out.text(WrapperReportRenderer.TITLE);
        out.endLink();
    }

    /** The text, each line with its number and anchor, and the extra anchors before given lines. */
    private void numbered(String text, Map<Integer, String> anchorsAt) {
        out.startPreformatted("cowrap-source");
        String[] lines = text.split("\r?\n", -1);
        int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            int n = i + 1;
            String anchor = anchorsAt.get(n);
            if (anchor != null) {
                out.anchor(anchor);
            }
            out.startLink("#" + Anchors.line(n), Anchors.line(n), "cowrap-line");
            out.text(String.valueOf(n));
            out.endLink();
            out.text(lines[i] + "\n");
        }
        out.endPreformatted();
    }
}
