package io.github.cowrap.report;

/**
 * The few page events the report's pages are made of. Two implementations: {@link SinkReportWriter}
 * hands them to the Doxia sink that maven-site-plugin gives a report (the page then gets the
 * site's skin), {@link HtmlReportWriter} writes a plain HTML page for {@code cowrap:report} run on
 * its own. So the report needs nothing of Doxia beyond its sink interface.
 *
 * <p>Ids given here must be valid for both: {@link Anchors} makes them.
 */
public interface ReportWriter {

    /** Opens the page: its title and the styles of its own that it needs. */
    void startPage(String title, String css);

    /** Closes the page and the writer. */
    void endPage();

    /** Opens a block with a class, for the page's styles. */
    void startDivision(String cssClass);

    void endDivision();

    /** Opens a section one level below the current one, titled and anchored by {@code id}. */
    void startSection(String title, String id);

    void endSection();

    void startParagraph();

    void endParagraph();

    /** Plain text, escaped. */
    void text(String text);

    /** Text as code. */
    void code(String text);

    /** Text in bold. */
    void strong(String text);

    void startLink(String href);

    /** A link with an id and a class of its own (a line number of a source page). */
    void startLink(String href, String id, String cssClass);

    void endLink();

    /** An empty anchor. */
    void anchor(String id);

    void startList();

    void startItem();

    void endItem();

    void endList();

    /** Opens a table with its header row. */
    void startTable(String... headings);

    void endTable();

    void startRow();

    void endRow();

    /** Opens a cell; {@code cssClass} may be null. */
    void startCell(String cssClass);

    void endCell();

    /** Opens preformatted text (verbatim), with a class. */
    void startPreformatted(String cssClass);

    void endPreformatted();
}
