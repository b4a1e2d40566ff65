package io.github.cowrap.report;

import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Direction;
import io.github.cowrap.model.Header;
import io.github.cowrap.model.Mark;
import io.github.cowrap.model.Wrapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The report's main page, "Coroutine wrappers": a summary (wrappers per mark and per header, the
 * number of problems), the table of wrappers sorted by header and line, each anchored by its name
 * and linked to its section of the generated C, and the problems found.
 */
public final class WrapperReportRenderer extends AbstractMavenReportRenderer {

    /** The page's title. */
    public static final String TITLE = "Coroutine wrappers";

    private final ReportContent content;

    public WrapperReportRenderer(Sink sink, ReportContent content) {
        super(sink);
        this.content = content;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    /**
     * Lets long parameter lists wrap instead of widening the table past the page (skins based on
     * Bootstrap keep {@code code} on one line, which suits names and types), and shows linked
     * names in the link colour.
     */
    private static final String STYLE = "<style>"
            + ".cowrap-report td.cowrap-wrap code{white-space:normal}"
            + ".cowrap-report a code{color:inherit}"
            + ".cowrap-report td{vertical-align:top}"
            + "</style>";

    @Override
    protected void renderBody() {
        sink.rawText(STYLE);
        SinkEventAttributeSet division = new SinkEventAttributeSet();
        division.addAttribute(SinkEventAttributeSet.CLASS, "cowrap-report");
        sink.division(division);
        startSection(TITLE);
        renderIntroduction();
        renderSummary();
        renderWrappers();
        renderProblems();
        endSection();
        sink.division_();
    }

    private void renderIntroduction() {
        int wrappers = content.generation().wrappers().size();
        int headers = content.generation().headers().size();
        int problems = content.generation().problems().size();
        sink.paragraph();
        sink.text("cowrap-maven-plugin found " + plural(wrappers, "wrapper") + " in " + plural(headers, "header")
                + " (dialect " + content.dialect().name() + ") and " + plural(problems, "problem") + ". ");
        if (content.source() != null) {
            sink.text("The generated C, ");
            sink.link(Anchors.SOURCE_PAGE + ".html");
            code(content.sourceName());
            sink.link_();
            sink.text(", has " + plural(lineCount(content.source().text()), "line") + ".");
        }
        sink.paragraph_();
        if (problems > 0) {
            sink.paragraph();
            sink.bold();
            sink.text("The generate goal fails until the " + plural(problems, "problem") + " below "
                    + (problems == 1 ? "is" : "are") + " fixed; ");
            sink.bold_();
            sink.text("the wrappers listed are those that passed every check. ");
            link("#problems", "See the problems.");
            sink.paragraph_();
        }
        if (content.renderFailure() != null) {
            sink.paragraph();
            sink.bold();
            sink.text("The C could not be rendered: ");
            sink.bold_();
            sink.text(content.renderFailure());
            sink.paragraph_();
        }
    }

    private void renderSummary() {
        startSection("Summary", "summary");

        sink.paragraph();
        sink.text("Wrappers per mark of the dialect " + content.dialect().name() + ":");
        sink.paragraph_();
        Map<String, Integer> perMark = new LinkedHashMap<>();
        content.dialect().marks().keySet().forEach(m -> perMark.put(m, 0));
        content.generation().wrappers().forEach(w -> perMark.merge(w.mark().name(), 1, Integer::sum));
        startTable(new int[] {Sink.JUSTIFY_LEFT, Sink.JUSTIFY_LEFT, Sink.JUSTIFY_LEFT, Sink.JUSTIFY_RIGHT}, false);
        tableHeader(new String[] {"Mark", "Kind", "Lock around the call", "Wrappers"});
        for (Map.Entry<String, Integer> e : perMark.entrySet()) {
            Mark mark = content.dialect().marks().get(e.getKey());
            sink.tableRow();
            codeCell(e.getKey());
            cell(mark == null ? "" : kind(mark));
            cell(mark == null ? "" : lock(mark));
            cell(String.valueOf(e.getValue()));
            sink.tableRow_();
        }
        totalRow(4, content.generation().wrappers().size());
        endTable();

        sink.paragraph();
        sink.text("Wrappers and problems per header, in the order of the generated file:");
        sink.paragraph_();
        startTable(new int[] {Sink.JUSTIFY_LEFT, Sink.JUSTIFY_RIGHT, Sink.JUSTIFY_RIGHT}, false);
        tableHeader(new String[] {"Header", "Wrappers", "Problems"});
        for (Header h : content.generation().headers()) {
            sink.tableRow();
            codeCell(h.path());
            cell(String.valueOf(h.wrappers().size()));
            cell(String.valueOf(h.problems().size()));
            sink.tableRow_();
        }
        sink.tableRow();
        boldCell("Total");
        boldCell(String.valueOf(content.generation().wrappers().size()));
        boldCell(String.valueOf(content.generation().problems().size()));
        sink.tableRow_();
        endTable();

        endSection();
    }

    private void renderWrappers() {
        startSection("Wrappers", "wrappers");
        List<Wrapper> wrappers = content.sortedWrappers();
        if (wrappers.isEmpty()) {
            paragraph("No wrappers: no declaration in the headers carries a mark of the dialect "
                    + content.dialect().name() + ".");
            endSection();
            return;
        }
        sink.paragraph();
        sink.text("Sorted by header and line. Each wrapper's name links to its section of the generated C; "
                + "its row is anchored by its name (");
        code(Anchors.REPORT_PAGE + ".html#" + Anchors.wrapper(wrappers.get(0).name()));
        sink.text(").");
        sink.paragraph_();
        startTable();
        tableHeader(new String[] {"Wrapper", "Calls", "Mark", "Returns", "Parameters", "Declared at"});
        for (Wrapper w : wrappers) {
            sink.tableRow();
            sink.tableCell();
            sink.anchor(Anchors.wrapper(w.name()));
            sink.anchor_();
            int line = content.sectionLine(w);
            if (line > 0) {
                sink.link(Anchors.sourceLine(line));
                code(w.name());
                sink.link_();
            } else {
                code(w.name());
            }
            sink.tableCell_();
            codeCell(w.target());
            codeCell(w.mark().name());
            codeCell(w.returnType());
            // a class on the cell, not on the code: maven-site-plugin's sink (Doxia 2.1) fails on
            // inline() with more attributes than the semantics
            sink.tableCell(new SinkEventAttributeSet(SinkEventAttributeSet.CLASS, "cowrap-wrap"));
            code(w.parameterList());
            sink.tableCell_();
            cell(w.location().file() + ":" + w.location().line());
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private void renderProblems() {
        startSection("Problems", "problems");
        List<Diagnostic> problems = content.generation().problems();
        if (problems.isEmpty()) {
            paragraph("No problems: every marked declaration gave a wrapper.");
            endSection();
            return;
        }
        paragraph("Each rejected declaration, with where it is and what is wrong. "
                + "The generate goal reports the same errors and fails.");
        startTable(new int[] {Sink.JUSTIFY_LEFT, Sink.JUSTIFY_LEFT, Sink.JUSTIFY_LEFT}, false);
        tableHeader(new String[] {"Where", "Declaration", "Problem"});
        for (Diagnostic d : problems) {
            sink.tableRow();
            codeCell(d.location().toString());
            if (d.function() == null) {
                cell("");
            } else {
                codeCell(d.function());
            }
            cell(d.hint() == null ? d.message() : d.message() + " (" + d.hint() + ")");
            sink.tableRow_();
        }
        endTable();
        endSection();
    }

    private static String kind(Mark mark) {
        if (mark.direction() == Direction.CO) {
            return mark.mixed() ? "co, mixed: runs a coroutine function, or calls it directly inside one"
                    : "co: runs a coroutine function from outside coroutines";
        }
        return "no_co: a coroutine function that runs an ordinary function on the main loop";
    }

    private static String lock(Mark mark) {
        return switch (mark.lock()) {
            case Mark.NO_LOCK -> "none";
            case "rdlock" -> "graph reader lock";
            case "wrlock" -> "graph writer lock";
            default -> mark.lock();
        };
    }

    private void totalRow(int columns, int total) {
        sink.tableRow();
        boldCell("Total");
        for (int i = 2; i < columns; i++) {
            cell("");
        }
        boldCell(String.valueOf(total));
        sink.tableRow_();
    }

    /** A cell of plain text, as given (no link patterns, nothing for empty). */
    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    private void code(String text) {
        sink.inline(SinkEventAttributeSet.Semantics.CODE);
        sink.text(text);
        sink.inline_();
    }

    private void codeCell(String text) {
        sink.tableCell();
        code(text);
        sink.tableCell_();
    }

    private void boldCell(String text) {
        sink.tableCell();
        sink.bold();
        sink.text(text);
        sink.bold_();
        sink.tableCell_();
    }

    static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return text.endsWith("\n") ? n : n + 1;
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
