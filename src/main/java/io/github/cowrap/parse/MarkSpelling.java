package io.github.cowrap.parse;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.model.CKeywords;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which mark an identifier that is not one probably means: one that starts with a whole mark
 * ({@code co_wrapper_mixd}), differs from one in case only or by one or two edits ({@code
 * co_wraper}, {@code cowrapper}, {@code Co_wrapper}), or ends in the word every mark of the dialect
 * has ({@code my_wrapper} for QEMU's marks, which all contain {@code wrapper}).
 */
final class MarkSpelling {

    private final Dialect dialect;
    private final List<String> marks;
    private final String commonWord;
    private final int shortest;
    private final int longest;

    MarkSpelling(Dialect dialect) {
        this.dialect = dialect;
        this.marks = List.copyOf(dialect.marks().keySet());
        this.commonWord = commonWord(marks);
        this.shortest = marks.stream().mapToInt(String::length).min().orElse(0);
        this.longest = marks.stream().mapToInt(String::length).max().orElse(0);
    }

    /** The word (between underscores) every mark contains, at least four letters long, or null. */
    private static String commonWord(List<String> marks) {
        if (marks.isEmpty()) {
            return null;
        }
        Set<String> common = new HashSet<>(Arrays.asList(marks.get(0).split("_")));
        for (String m : marks) {
            common.retainAll(Arrays.asList(m.split("_")));
        }
        return common.stream().filter(w -> w.length() >= 4).max(java.util.Comparator.comparingInt(String::length)
                .thenComparing(w -> w)).orElse(null);
    }

    /** The mark an identifier probably means, or null if it is a mark or like none. */
    String probableMark(String id) {
        if (marks.isEmpty() || dialect.marks().containsKey(id) || CKeywords.contains(id)) {
            return null;
        }
        if (dialect.lookalike().matcher(id).matches()) {
            return marks.stream().filter(id::startsWith).max(java.util.Comparator.comparingInt(String::length))
                    .orElse(nearest(id));
        }
        boolean suffix = commonWord != null && id.length() > commonWord.length()
                && id.endsWith("_" + commonWord);
        if (id.length() < shortest - 2 || id.length() > longest + 2) {
            return suffix ? nearest(id) : null;
        }
        String lower = id.toLowerCase(Locale.ROOT);
        for (String m : marks) {
            if (m.toLowerCase(Locale.ROOT).equals(lower)) {
                return m;
            }
        }
        if (suffix) {
            return nearest(id);
        }
        // one or two edits, fewer for short marks; the lengths bound the distance, so most
        // identifiers are dismissed without computing it
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String m : marks) {
            int allowed = Math.min(2, m.length() / 4);
            if (Math.abs(m.length() - id.length()) > allowed) {
                continue;
            }
            int d = distance(lower, m.toLowerCase(Locale.ROOT));
            if (d <= allowed && d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    private String nearest(String id) {
        String lower = id.toLowerCase(Locale.ROOT);
        String best = marks.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (String m : marks) {
            int d = distance(lower, m.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = m;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Edit distance with transpositions (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
