package io.github.cowrap.report;

import java.util.AbstractMap;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.swing.text.SimpleAttributeSet;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;

/**
 * The report's page events as Doxia sink events: what maven-site-plugin renders with the site's
 * skin. Uses only the sink interface (doxia-sink-api), which the site plugin lends the report.
 */
public final class SinkReportWriter implements ReportWriter {

    private final Sink sink;
    private int level;

    public SinkReportWriter(Sink sink) {
        this.sink = sink;
    }

    /** Sink event attributes without doxia-core's implementation. */
    static final class Attributes extends SimpleAttributeSet implements SinkEventAttributes {
        private static final long serialVersionUID = 1L;

        Attributes(String... namesAndValues) {
            for (int i = 0; i < namesAndValues.length; i += 2) {
                if (namesAndValues[i + 1] != null) {
                    addAttribute(namesAndValues[i], namesAndValues[i + 1]);
                }
            }
        }

        /** The attributes as name and value (Doxia 2.1's sinks read them so). */
        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            Set<Map.Entry<String, Object>> entries = new LinkedHashSet<>();
            for (Enumeration<?> names = getAttributeNames(); names.hasMoreElements(); ) {
                Object name = names.nextElement();
                entries.add(new AbstractMap.SimpleImmutableEntry<>(String.valueOf(name), getAttribute(name)));
            }
            return entries;
        }
    }

    private static final Attributes CODE = new Attributes(SinkEventAttributes.SEMANTICS, "code");
    private static final Attributes STRONG = new Attributes(SinkEventAttributes.SEMANTICS, "strong");

    @Override
    public void startPage(String title, String css) {
        sink.head();
        sink.title();
        sink.text(title);
        sink.title_();
        sink.head_();
        sink.body();
        if (css != null && !css.isEmpty()) {
            // the sink has no event for a page's own styles; a style element in the body is valid HTML5
            sink.rawText("<style>" + css + "</style>");
        }
    }

    @Override
    public void endPage() {
        sink.body_();
        sink.flush();
        sink.close();
    }

    @Override
    public void startDivision(String cssClass) {
        sink.division(new Attributes(SinkEventAttributes.CLASS, cssClass));
    }

    @Override
    public void endDivision() {
        sink.division_();
    }

    @Override
    public void startSection(String title, String id) {
        level++;
        sink.section(level, new Attributes(SinkEventAttributes.ID, id));
        sink.sectionTitle(level, null);
        sink.text(title);
        sink.sectionTitle_(level);
    }

    @Override
    public void endSection() {
        sink.section_(level);
        level--;
    }

    @Override
    public void startParagraph() {
        sink.paragraph();
    }

    @Override
    public void endParagraph() {
        sink.paragraph_();
    }

    @Override
    public void text(String text) {
        sink.text(text);
    }

    @Override
    public void code(String text) {
        // the semantics alone: maven-site-plugin's sink fails on inline() with further attributes
        sink.inline(CODE);
        sink.text(text);
        sink.inline_();
    }

    @Override
    public void strong(String text) {
        sink.inline(STRONG);
        sink.text(text);
        sink.inline_();
    }

    @Override
    public void startLink(String href) {
        sink.link(href);
    }

    @Override
    public void startLink(String href, String id, String cssClass) {
        sink.link(href, new Attributes(SinkEventAttributes.ID, id, SinkEventAttributes.CLASS, cssClass));
    }

    @Override
    public void endLink() {
        sink.link_();
    }

    @Override
    public void anchor(String id) {
        sink.anchor(id);
        sink.anchor_();
    }

    @Override
    public void startList() {
        sink.list();
    }

    @Override
    public void startItem() {
        sink.listItem();
    }

    @Override
    public void endItem() {
        sink.listItem_();
    }

    @Override
    public void endList() {
        sink.list_();
    }

    @Override
    public void startTable(String... headings) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String h : headings) {
            sink.tableHeaderCell();
            sink.text(h);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    @Override
    public void endTable() {
        sink.tableRows_();
        sink.table_();
    }

    @Override
    public void startRow() {
        sink.tableRow();
    }

    @Override
    public void endRow() {
        sink.tableRow_();
    }

    @Override
    public void startCell(String cssClass) {
        if (cssClass == null) {
            sink.tableCell();
        } else {
            sink.tableCell(new Attributes(SinkEventAttributes.CLASS, cssClass));
        }
    }

    @Override
    public void endCell() {
        sink.tableCell_();
    }

    @Override
    public void startPreformatted(String cssClass) {
        sink.verbatim(new Attributes(SinkEventAttributes.CLASS, cssClass));
    }

    @Override
    public void endPreformatted() {
        sink.verbatim_();
    }
}
