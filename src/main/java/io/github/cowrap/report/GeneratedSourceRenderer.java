package io.github.cowrap.report;

import io.github.cowrap.model.Wrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The report's second page: the generated C, one anchor per line ({@code L12}) and one per
 * wrapper's section (the wrapper's name), with a list of the sections at the top.
 */
public final class GeneratedSourceRenderer extends AbstractMavenReportRenderer {

    /** Line numbers that stay out of a copy, and the line a link points at highlighted. */
    private static final String STYLE = "<style>"
            + "pre.cowrap-source{line-height:1.35;padding:0.5em 0;overflow-x:auto}"
            + "pre.cowrap-source a.cowrap-line{display:inline-block;width:4.5em;padding-right:1em;text-align:right;"
            + "color:#999;text-decoration:none;user-select:none;-webkit-user-select:none}"
            + "pre.cowrap-source a.cowrap-line:target{background:#ffe98a;color:#333}"
            + ".cowrap-report a code{color:inherit}"
            + "</style>";

    private final ReportContent content;

    public GeneratedSourceRenderer(Sink sink, ReportContent content) {
        super(sink);
        if (content.source() == null) {
            throw new IllegalArgumentException("no generated C to show");
        }
        this.content = content;
    }

    @Override
    public String getTitle() {
        return "Generated C: " + content.sourceName();
    }

    @Override
    protected void renderBody() {
        sink.rawText(STYLE);
        SinkEventAttributeSet division = new SinkEventAttributeSet();
        division.addAttribute(SinkEventAttributeSet.CLASS, "cowrap-report");
        sink.division(division);
        startSection(getTitle());

        List<Wrapper> wrappers = content.generation().wrappers();
        sink.paragraph();
        sink.text("The C that cowrap-maven-plugin generates (dialect "
                + content.dialect().name() + "): " + WrapperReportRenderer.plural(wrappers.size(), "wrapper")
                + ", in the order of the file. Back to ");
        sink.link(Anchors.REPORT_PAGE + ".html");
        sink.text(WrapperReportRenderer.TITLE);
        sink.link_();
        sink.text(".");
        sink.paragraph_();

        if (!wrappers.isEmpty()) {
            sink.list();
            for (Wrapper w : wrappers) {
                int line = content.sectionLine(w);
                sink.listItem();
                sink.link("#" + Anchors.line(line));
                code(w.name());
                sink.link_();
                sink.text(" calls ");
                code(w.target());
                sink.text(" (line " + line + ", from ");
                sink.link(Anchors.REPORT_PAGE + ".html#" + Anchors.wrapper(w.name()));
                sink.text(w.location().file() + ":" + w.location().line());
                sink.link_();
                sink.text(")");
                sink.listItem_();
            }
            sink.list_();
        }

        Map<Integer, String> sectionAt = new HashMap<>();
        content.source().sectionLines().forEach((name, line) -> sectionAt.put(line, name));
        SinkEventAttributeSet pre = new SinkEventAttributeSet();
        pre.addAttribute(SinkEventAttributeSet.CLASS, "cowrap-source");
        sink.verbatim(pre);
        String[] lines = content.source().text().split("\n", -1);
        int count = content.source().text().endsWith("\n") ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            int n = i + 1;
            String section = sectionAt.get(n);
            if (section != null) {
                sink.anchor(Anchors.wrapper(section));
                sink.anchor_();
            }
            SinkEventAttributeSet number = new SinkEventAttributeSet();
            number.addAttribute(SinkEventAttributeSet.ID, Anchors.line(n));
            number.addAttribute(SinkEventAttributeSet.CLASS, "cowrap-line");
            sink.link("#" + Anchors.line(n), number);
            sink.text(String.valueOf(n));
            sink.link_();
            sink.text(lines[i] + "\n");
        }
        sink.verbatim_();
        endSection();
        sink.division_();
    }

    private void code(String text) {
        sink.inline(SinkEventAttributeSet.Semantics.CODE);
        sink.text(text);
        sink.inline_();
    }
}
