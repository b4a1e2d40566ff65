package io.github.cowrap.report;

import org.apache.maven.doxia.util.DoxiaUtils;

/** The report's page names and anchors, in one place so that links and targets agree. */
public final class Anchors {

    /** The report's page, without {@code .html}. */
    public static final String REPORT_PAGE = "cowrap-report";

    /** The page with the generated C, without {@code .html}. */
    public static final String SOURCE_PAGE = "cowrap-report-source";

    private Anchors() {}

    /** A wrapper's anchor on either page: its name (a C identifier, made a valid id if need be). */
    public static String wrapper(String name) {
        return DoxiaUtils.isValidId(name) ? name : DoxiaUtils.encodeId(name);
    }

    /** A line's anchor on the source page: {@code L12}. */
    public static String line(int line) {
        return "L" + line;
    }

    /** The link from the report to a line of the generated C. */
    public static String sourceLine(int line) {
        return SOURCE_PAGE + ".html#" + line(line);
    }
}
