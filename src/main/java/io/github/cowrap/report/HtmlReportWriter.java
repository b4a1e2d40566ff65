package io.github.cowrap.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * The report's page events as a plain, self-contained HTML5 page: what {@code cowrap:report} writes
 * when it runs on its own, without maven-site-plugin (and so without a skin to copy).
 */
public final class HtmlReportWriter implements ReportWriter {

    /** A readable page without a skin. */
    static final String BASE_CSS = "body{font-family:system-ui,-apple-system,'Segoe UI',Helvetica,Arial,sans-serif;"
            + "font-size:15px;line-height:1.45;color:#222;margin:0;padding:1.5em 2em;max-width:80em}"
            + "h1,h2,h3,h4{line-height:1.2;margin:1.2em 0 0.5em}h1{font-size:1.8em;margin-top:0}"
            + "h2{font-size:1.4em;border-bottom:1px solid #ddd;padding-bottom:0.2em}h3{font-size:1.15em}"
            + "a{color:#0b5fae;text-decoration:none}a:hover{text-decoration:underline}"
            + "code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:0.92em}"
            + "table{border-collapse:collapse;margin:0.5em 0 1em}"
            + "th,td{border:1px solid #ddd;padding:0.3em 0.6em;text-align:left}"
            + "th{background:#f3f3f3}tr:nth-child(even) td{background:#fafafa}"
            + "pre{background:#f7f7f7;border:1px solid #e3e3e3;margin:0.5em 0}";

    private final Writer out;
    private int level;

    public HtmlReportWriter(Writer out) {
        this.out = out;
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static String attribute(String name, String value) {
        return value == null ? "" : " " + name + "=\"" + escape(value) + "\"";
    }

    @Override
    public void startPage(String title, String css) {
        write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"UTF-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"cowrap-maven-plugin\">\n<title>" + escape(title) + "</title>\n"
                + "<style>" + BASE_CSS + (css == null ? "" : css) + "</style>\n</head>\n<body>\n");
    }

    @Override
    public void endPage() {
        write("</body>\n</html>\n");
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void startDivision(String cssClass) {
        write("<div" + attribute("class", cssClass) + ">\n");
    }

    @Override
    public void endDivision() {
        write("</div>\n");
    }

    @Override
    public void startSection(String title, String id) {
        level++;
        int h = Math.min(level, 6);
        write("<section" + attribute("id", id) + ">\n<h" + h + ">" + escape(title) + "</h" + h + ">\n");
    }

    @Override
    public void endSection() {
        write("</section>\n");
        level--;
    }

    @Override
    public void startParagraph() {
        write("<p>");
    }

    @Override
    public void endParagraph() {
        write("</p>\n");
    }

    @Override
    public void text(String text) {
        write(escape(text));
    }

    @Override
    public void code(String text) {
        write("<code>" + escape(text) + "</code>");
    }

    @Override
    public void strong(String text) {
        write("<strong>" + escape(text) + "</strong>");
    }

    @Override
    public void startLink(String href) {
        write("<a href=\"" + escape(href) + "\">");
    }

    @Override
    public void startLink(String href, String id, String cssClass) {
        write("<a" + attribute("id", id) + attribute("class", cssClass) + " href=\"" + escape(href) + "\">");
    }

    @Override
    public void endLink() {
        write("</a>");
    }

    @Override
    public void anchor(String id) {
        write("<a id=\"" + escape(id) + "\"></a>");
    }

    @Override
    public void startList() {
        write("<ul>\n");
    }

    @Override
    public void startItem() {
        write("<li>");
    }

    @Override
    public void endItem() {
        write("</li>\n");
    }

    @Override
    public void endList() {
        write("</ul>\n");
    }

    @Override
    public void startTable(String... headings) {
        StringBuilder b = new StringBuilder("<table>\n<tr>");
        for (String h : headings) {
            b.append("<th>").append(escape(h)).append("</th>");
        }
        write(b.append("</tr>\n").toString());
    }

    @Override
    public void endTable() {
        write("</table>\n");
    }

    @Override
    public void startRow() {
        write("<tr>");
    }

    @Override
    public void endRow() {
        write("</tr>\n");
    }

    @Override
    public void startCell(String cssClass) {
        write("<td" + attribute("class", cssClass) + ">");
    }

    @Override
    public void endCell() {
        write("</td>");
    }

    @Override
    public void startPreformatted(String cssClass) {
        write("<pre" + attribute("class", cssClass) + ">");
    }

    @Override
    public void endPreformatted() {
        write("</pre>\n");
    }
}
