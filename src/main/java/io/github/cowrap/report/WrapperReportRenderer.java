package io.github.cowrap.report;

import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Direction;
import io.github.cowrap.model.Header;
import io.github.cowrap.model.Mark;
import io.github.cowrap.model.SourceLocation;
import io.github.cowrap.model.Wrapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's main page, "Coroutine wrappers": a summary (wrappers per mark and per header, each
 * linked to its part of the page), the wrappers grouped by header, each anchored by its name and
 * linked to its section of the generated C and to its declaration, the wrappers by mark, and the
 * problems found. One order throughout: the run's (see {@link ReportContent}).
 */
public final class WrapperReportRenderer {

    /** The page's title. */
    public static final String TITLE = "Coroutine wrappers";

    /**
     * Lets long parameter lists wrap instead of widening the table past the page (skins based on
     * Bootstrap keep {@code code} on one line, which suits names and types), shows linked names in
     * the link colour, and puts numbers to the right.
     */
    static final String CSS = ".cowrap-report td.cowrap-wrap code{white-space:normal}"
            + ".cowrap-report td.cowrap-wrap{min-width:14em}"
            + ".cowrap-report .cowrap-scroll{overflow-x:auto}"
            + ".cowrap-report a code{color:inherit}"
            + ".cowrap-report td{vertical-align:top}"
            + ".cowrap-report td.cowrap-num{text-align:right}"
            + ".cowrap-report .cowrap-note{color:#666;font-size:0.9em}";

    private static final String WRAP = "cowrap-wrap";
    private static final String NUM = "cowrap-num";

    private final ReportWriter out;
    private final ReportContent content;
    private final Map<String, String> headerIds;

    public WrapperReportRenderer(ReportWriter out, ReportContent content) {
        this.out = out;
        this.content = content;
        this.headerIds = content.headerIds();
    }

    public void render() {
        out.startPage(TITLE, CSS);
        out.startDivision("cowrap-report");
        out.startSection(TITLE, "cowrap");
        renderIntroduction();
        renderSummary();
        renderWrappers();
        renderMarks();
        renderProblems();
        out.endSection();
        out.endDivision();
        out.endPage();
    }

    private void renderIntroduction() {
        int wrappers = content.generation().wrappers().size();
        int headers = content.generation().headers().size();
        int problems = content.generation().problems().size();
        out.startParagraph();
        out.text("cowrap-maven-plugin found " + plural(wrappers, "wrapper") + " in " + plural(headers, "header")
                + " (dialect " + content.dialect().name() + ") and " + plural(problems, "problem") + ". ");
        if (content.source() != null) {
            out.text("The generated C, ");
            out.startLink(Anchors.SOURCE_PAGE + ".html");
            out.code(content.sourceName());
            out.endLink();
            out.text(", has " + plural(lineCount(content.source().text()), "line") + ".");
        }
        out.endParagraph();
        if (problems > 0) {
            out.startParagraph();
            out.strong("The generate goal fails until the " + plural(problems, "problem") + " below "
                    + (problems == 1 ? "is" : "are") + " fixed; ");
            out.text("the wrappers listed are those that passed every check. ");
            link("#" + Anchors.PROBLEMS, "See the problems.");
            out.endParagraph();
        }
        if (content.renderFailure() != null) {
            out.startParagraph();
            out.strong("The C could not be rendered: ");
            out.text(content.renderFailure());
            out.endParagraph();
        }
    }

    /** Wrappers per mark of the dialect, in the dialect's order, zeros included. */
    private Map<String, List<Wrapper>> byMark() {
        Map<String, List<Wrapper>> perMark = new LinkedHashMap<>();
        content.dialect().marks().keySet().forEach(m -> perMark.put(m, new ArrayList<>()));
        content.generation().wrappers()
                .forEach(w -> perMark.computeIfAbsent(w.mark().name(), k -> new ArrayList<>()).add(w));
        return perMark;
    }

    private void renderSummary() {
        out.startSection("Summary", Anchors.SUMMARY);

        out.startParagraph();
        out.text("Wrappers per mark of the dialect " + content.dialect().name() + ":");
        out.endParagraph();
        out.startTable("Mark", "Kind", "Lock around the call", "Wrappers");
        for (Map.Entry<String, List<Wrapper>> e : byMark().entrySet()) {
            Mark mark = content.dialect().marks().get(e.getKey());
            out.startRow();
            out.startCell(null);
            markName(e.getKey(), !e.getValue().isEmpty());
            out.endCell();
            cell(mark == null ? "" : kind(mark));
            cell(mark == null ? "" : lock(mark));
            numberCell(e.getValue().size());
            out.endRow();
        }
        out.startRow();
        boldCell("Total");
        cell("");
        cell("");
        out.startCell(NUM);
        out.strong(String.valueOf(content.generation().wrappers().size()));
        out.endCell();
        out.endRow();
        out.endTable();

        out.startParagraph();
        out.text("Wrappers and problems per header, in the order of the generated file:");
        out.endParagraph();
        out.startTable("Header", "Wrappers", "Problems");
        for (Header h : content.generation().headers()) {
            out.startRow();
            out.startCell(null);
            out.startLink("#" + headerIds.get(h.path()));
            out.code(h.path());
            out.endLink();
            out.endCell();
            numberCell(h.wrappers().size());
            out.startCell(NUM);
            if (h.problems().isEmpty()) {
                out.text("0");
            } else {
                link("#" + Anchors.PROBLEMS, String.valueOf(h.problems().size()));
            }
            out.endCell();
            out.endRow();
        }
        out.startRow();
        boldCell("Total");
        out.startCell(NUM);
        out.strong(String.valueOf(content.generation().wrappers().size()));
        out.endCell();
        out.startCell(NUM);
        out.strong(String.valueOf(content.generation().problems().size()));
        out.endCell();
        out.endRow();
        out.endTable();

        out.endSection();
    }

    private void renderWrappers() {
        out.startSection("Wrappers", Anchors.WRAPPERS);
        List<Wrapper> all = content.generation().wrappers();
        if (all.isEmpty()) {
            paragraph("No wrappers: no declaration in the headers carries a mark of the dialect "
                    + content.dialect().name() + ".");
        } else {
            out.startParagraph();
            out.text("By header, in the order of the generated file: the headers as configured (a fileset sorted "
                    + "by path), the declarations by line. Each wrapper's name links to its section of the "
                    + "generated C, its place to its declaration; its row is anchored by its name (");
            out.code(Anchors.REPORT_PAGE + ".html#" + Anchors.wrapper(all.get(0).name()));
            out.text(").");
            out.endParagraph();
        }
        for (Header h : content.generation().headers()) {
            renderHeader(h);
        }
        out.endSection();
    }

    private void renderHeader(Header h) {
        String id = headerIds.get(h.path());
        out.startSection(h.path(), id);
        out.startParagraph();
        out.text(plural(h.wrappers().size(), "wrapper"));
        if (!h.problems().isEmpty()) {
            out.text(", ");
            link("#" + Anchors.PROBLEMS, plural(h.problems().size(), "problem"));
        }
        if (content.headerTexts().containsKey(h.path())) {
            out.text(". ");
            link(Anchors.headerPage(id), "The header's text");
            out.text(", with line numbers.");
        } else {
            out.text(".");
        }
        out.endParagraph();
        if (!h.wrappers().isEmpty()) {
            // long names and signatures scroll inside the page rather than run past it
            out.startDivision("cowrap-scroll");
            out.startTable("Wrapper", "Calls", "Mark", "Returns", "Parameters", "Declared at");
            for (Wrapper w : h.wrappers()) {
                renderWrapper(w);
            }
            out.endTable();
            out.endDivision();
        }
        out.endSection();
    }

    private void renderWrapper(Wrapper w) {
        out.startRow();
        out.startCell(null);
        out.anchor(Anchors.wrapper(w.name()));
        int line = content.sectionLine(w);
        if (line > 0) {
            out.startLink(Anchors.sourceLine(line));
            out.code(w.name());
            out.endLink();
        } else {
            out.code(w.name());
        }
        out.endCell();
        out.startCell(null);
        out.code(w.target());
        SourceLocation target = content.targetLocation(w);
        if (target != null) {
            out.text(" ");
            out.startDivision("cowrap-note");
            out.text("declared at ");
            place(target);
            out.endDivision();
        }
        out.endCell();
        out.startCell(null);
        markName(w.mark().name(), true);
        out.endCell();
        out.startCell(null);
        out.code(w.returnType());
        out.endCell();
        out.startCell(WRAP);
        out.code(w.parameterList());
        out.endCell();
        // the header is the section's title: its line is the place (linked to the header's page)
        out.startCell(null);
        line(w.location());
        out.endCell();
        out.endRow();
    }

    /**
     * A place in a header, {@code file:line} (with {@code :column} when the column is known),
     * linked to the line on the header's page when the report shows that header.
     */
    private void place(SourceLocation at) {
        String text = at.file() + ":" + at.line() + (at.column() > 0 ? ":" + at.column() : "");
        String id = headerIds.get(at.file());
        if (id != null && content.headerTexts().containsKey(at.file()) && at.line() > 0) {
            out.startLink(Anchors.headerPage(id) + "#" + Anchors.line(at.line()));
            out.code(text);
            out.endLink();
        } else {
            out.code(text);
        }
    }

    /** A declaration's line in the header of the current section, {@code line 18}, linked where shown. */
    private void line(SourceLocation at) {
        String id = headerIds.get(at.file());
        if (id != null && content.headerTexts().containsKey(at.file()) && at.line() > 0) {
            out.startLink(Anchors.headerPage(id) + "#" + Anchors.line(at.line()));
            out.text("line " + at.line());
            out.endLink();
        } else {
            out.text("line " + at.line());
        }
    }

    private void markName(String mark, boolean linked) {
        if (linked) {
            out.startLink("#" + Anchors.mark(mark));
            out.code(mark);
            out.endLink();
        } else {
            out.code(mark);
        }
    }

    private void renderMarks() {
        out.startSection("Wrappers by mark", Anchors.MARKS);
        Map<String, List<Wrapper>> perMark = byMark();
        perMark.values().removeIf(List::isEmpty);
        if (perMark.isEmpty()) {
            paragraph("No wrappers.");
            out.endSection();
            return;
        }
        paragraph("The marks that wrappers carry, each with its wrappers in the order of the generated file.");
        out.startTable("Mark", "Count", "Wrappers");
        for (Map.Entry<String, List<Wrapper>> e : perMark.entrySet()) {
            out.startRow();
            out.startCell(null);
            out.anchor(Anchors.mark(e.getKey()));
            out.code(e.getKey());
            out.endCell();
            numberCell(e.getValue().size());
            out.startCell(WRAP);
            boolean first = true;
            for (Wrapper w : e.getValue()) {
                if (!first) {
                    out.text(", ");
                }
                first = false;
                out.startLink("#" + Anchors.wrapper(w.name()));
                out.code(w.name());
                out.endLink();
            }
            out.endCell();
            out.endRow();
        }
        out.endTable();
        out.endSection();
    }

    private void renderProblems() {
        out.startSection("Problems", Anchors.PROBLEMS);
        List<Diagnostic> problems = content.generation().problems();
        if (problems.isEmpty()) {
            paragraph("No problems: every marked declaration gave a wrapper.");
            out.endSection();
            return;
        }
        paragraph("Each rejected declaration, in the order of the headers, with where it is and what is wrong. "
                + "The generate goal reports the same errors and fails.");
        out.startDivision("cowrap-scroll");
        out.startTable("Where", "Declaration", "Problem");
        for (Diagnostic d : problems) {
            out.startRow();
            out.startCell(null);
            place(d.location());
            out.endCell();
            out.startCell(WRAP);
            declaration(d);
            out.endCell();
            cell(d.hint() == null ? d.message() : d.message() + " (" + d.hint() + ")");
            out.endRow();
        }
        out.endTable();
        out.endDivision();
        out.endSection();
    }

    /** The declaration a problem is about: the function's name, or else the line it is on. */
    private void declaration(Diagnostic d) {
        if (d.function() != null) {
            out.code(d.function());
            return;
        }
        String line = content.lineText(d.location().file(), d.location().line());
        if (line == null || line.isEmpty()) {
            out.text(content.headerTexts().containsKey(d.location().file()) ? "" : "(the header itself)");
            return;
        }
        out.code(line.length() > 100 ? line.substring(0, 99) + "\u2026" : line);
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

    private void paragraph(String text) {
        out.startParagraph();
        out.text(text);
        out.endParagraph();
    }

    private void link(String href, String text) {
        out.startLink(href);
        out.text(text);
        out.endLink();
    }

    /** A cell of plain text, as given. */
    private void cell(String text) {
        out.startCell(null);
        out.text(text);
        out.endCell();
    }

    private void numberCell(int n) {
        out.startCell(NUM);
        out.text(String.valueOf(n));
        out.endCell();
    }

    private void boldCell(String text) {
        out.startCell(null);
        out.strong(text);
        out.endCell();
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
