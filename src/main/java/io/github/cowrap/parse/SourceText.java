package io.github.cowrap.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text of one input, with a line-start table for columns and a mask of the ranges that are
 * not part of a declaration's text: comments, GNU attributes and the expansions of marks and
 * annotation macros.
 */
final class SourceText {

    private final char[] chars;
    private final int[] lineStarts;
    private final boolean[] hidden;

    SourceText(char[] chars) {
        this.chars = chars;
        this.hidden = new boolean[chars.length];
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    char[] chars() {
        return chars;
    }

    /** Hides {@code [from, to)} from every text taken later. */
    void hide(int from, int to) {
        Arrays.fill(hidden, Math.max(0, from), Math.min(chars.length, to), true);
    }

    /**
     * Hides every comment, outside string and character literals. Read on the text: CDT locates
     * each comment by a scan of every macro expansion after it, quadratic in a large header.
     */
    void hideComments() {
        int n = chars.length;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && chars[j] != c && chars[j] != '\n') {
                    j += chars[j] == '\\' ? 2 : 1;
                }
                i = j + 1;
            } else if (c == '/' && i + 1 < n && chars[i + 1] == '*') {
                int end = i + 2;
                while (end + 1 < n && !(chars[end] == '*' && chars[end + 1] == '/')) {
                    end++;
                }
                end = Math.min(n, end + 2);
                hide(i, end);
                i = end;
            } else if (c == '/' && i + 1 < n && chars[i + 1] == '/') {
                int end = i + 2;
                while (end < n && !(chars[end] == '\n' && chars[end - 1] != '\\')) {
                    end++;
                }
                hide(i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    /**
     * Hides every GNU attribute, {@code __attribute__((...))}, outside hidden ranges. Done on the
     * text because CDT's C parser does not keep every attribute as a node.
     */
    void hideAttributes() {
        String all = new String(chars);
        for (String keyword : new String[] {"__attribute__", "__attribute"}) {
            int from = 0;
            int at;
            while ((at = all.indexOf(keyword, from)) >= 0) {
                from = at + keyword.length();
                boolean word = (at == 0 || !isIdentifierChar(chars[at - 1]))
                        && (from >= chars.length || !isIdentifierChar(chars[from]));
                if (!word || hidden[at]) {
                    continue;
                }
                int i = from;
                while (i < chars.length && (Character.isWhitespace(chars[i]) || hidden[i])) {
                    i++;
                }
                if (i >= chars.length || chars[i] != '(') {
                    continue;
                }
                int depth = 0;
                for (; i < chars.length; i++) {
                    if (hidden[i]) {
                        continue;
                    }
                    if (chars[i] == '(') {
                        depth++;
                    } else if (chars[i] == ')' && --depth == 0) {
                        break;
                    }
                }
                hide(at, i + 1);
                from = i + 1;
            }
        }
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    boolean isHidden(int offset) {
        return offset >= 0 && offset < hidden.length && hidden[offset];
    }

    /** The 1-based line of an offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** The 1-based column of an offset; a tab counts as one column, as in gcc. */
    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }

    /** The raw text of a range. */
    String raw(int from, int to) {
        return new String(chars, from, to - from);
    }

    /**
     * The text of {@code [from, to)} without hidden ranges, each run of white space (and each
     * hidden range) collapsed to one space, trimmed.
     */
    String clean(int from, int to) {
        StringBuilder out = new StringBuilder(Math.max(0, to - from));
        boolean space = false;
        for (int i = Math.max(0, from); i < to && i < chars.length; i++) {
            char c = chars[i];
            if (hidden[i] || Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            if (space && out.length() > 0) {
                out.append(' ');
            }
            space = false;
            out.append(c);
        }
        return out.toString();
    }

    /**
     * The offset of the innermost parenthesis, bracket or brace of the deepest nesting: where a
     * parser that recurses per level runs out of stack. Read on the text because the parser that
     * failed left no tree.
     */
    int deepestNesting() {
        int depth = 0;
        int max = 0;
        int at = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '(' || c == '[' || c == '{') {
                if (++depth > max) {
                    max = depth;
                    at = i;
                }
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return at;
    }

    /** Joins cleaned pieces with single spaces, dropping empty ones. */
    static String join(String... pieces) {
        StringBuilder out = new StringBuilder();
        for (String p : pieces) {
            if (p == null || p.isBlank()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(p.strip());
        }
        return out.toString();
    }
}
