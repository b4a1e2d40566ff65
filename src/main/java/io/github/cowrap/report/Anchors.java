package io.github.cowrap.report;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report's page names and anchors, in one place so that links and targets agree. Every id
 * starts with a letter and holds only letters, digits and {@code - _ .}: what Doxia's sinks take
 * as they are (they rewrite other ids, which would break the links to them).
 */
public final class Anchors {

    /** The report's page, without {@code .html}. */
    public static final String REPORT_PAGE = "cowrap-report";

    /** The page with the generated C, without {@code .html}. */
    public static final String SOURCE_PAGE = "cowrap-report-source";

    /** The sections of the report's page. */
    public static final String SUMMARY = "summary";
    public static final String WRAPPERS = "wrappers";
    public static final String MARKS = "marks";
    public static final String PROBLEMS = "problems";

    private Anchors() {}

    /** A wrapper's anchor on either page: its name, or {@code cw-NAME} for one that starts with {@code _}. */
    public static String wrapper(String name) {
        return startsWithLetter(name) ? name : "cw-" + name;
    }

    /** A mark's row in the table of wrappers by mark. */
    public static String mark(String name) {
        return "mark-" + name;
    }

    /**
     * Each header's anchor, {@code header-} and its path with other characters than letters,
     * digits, {@code - _ .} made {@code -}; a number is appended when two paths come out the same.
     */
    public static Map<String, String> headers(List<String> paths) {
        Map<String, String> ids = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (String path : paths) {
            String base = "header-" + path.replaceAll("[^A-Za-z0-9_.-]", "-");
            String id = base;
            for (int n = 2; !taken.add(id); n++) {
                id = base + "-" + n;
            }
            ids.put(path, id);
        }
        return ids;
    }

    /** The page that shows a header's text, from the header's anchor; with {@code .html}. */
    public static String headerPage(String headerId) {
        return REPORT_PAGE + "-" + headerId + ".html";
    }

    /** A line's anchor on a source page: {@code L12}. */
    public static String line(int line) {
        return "L" + line;
    }

    /** The link from the report to a line of the generated C. */
    public static String sourceLine(int line) {
        return SOURCE_PAGE + ".html#" + line(line);
    }

    private static boolean startsWithLetter(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }
}
