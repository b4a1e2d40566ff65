package io.github.cowrap.parse;

import io.github.cowrap.model.CKeywords;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

/**
 * Finds what in a marked declaration the parser could not place, and says which identifiers are
 * to blame. Works on the declaration's text with comments, marks, annotations and attributes
 * hidden: when CDT gives up on a declaration, its text is all that is left to read.
 */
final class Suspects {

    /** Text the parser skipped or misread, and the identifiers likely to blame. */
    record Stray(String text, List<String> suspects) {}

    private final ParseContext ctx;

    Suspects(ParseContext ctx) {
        this.ctx = ctx;
    }

    /** The offset just past the first visible ';' from an offset on, or the end of the text. */
    int statementEnd(int from) {
        char[] c = ctx.text.chars();
        for (int i = Math.max(0, from); i < c.length; i++) {
            if (c[i] == ';' && !ctx.text.isHidden(i)) {
                return i + 1;
            }
        }
        return c.length;
    }

    /** The offset where the statement around an offset starts: after the last ';', '{', '}' or line of '#'. */
    int statementStart(int offset) {
        char[] c = ctx.text.chars();
        int i = Math.min(offset, c.length) - 1;
        for (; i >= 0; i--) {
            if (ctx.text.isHidden(i)) {
                continue;
            }
            if (c[i] == ';' || c[i] == '{' || c[i] == '}') {
                break;
            }
            if (c[i] == '\n') {
                int j = i + 1;
                while (j < offset && (c[j] == ' ' || c[j] == '\t')) {
                    j++;
                }
                if (j < offset && c[j] == '#') {
                    break;
                }
            }
        }
        // a preprocessor line above ends where its line ends
        int start = i + 1;
        while (start < offset && c[start] == '#') {
            while (start < offset && c[start] != '\n') {
                start++;
            }
        }
        return start;
    }

    /**
     * The name of the function a statement declares, read from its text after the mark: the
     * first identifier followed by a parenthesis that is not written in capitals like a macro (or
     * the first such identifier if all are). Null if there is none.
     */
    String functionName(int from, int to) {
        String t = ctx.text.clean(from, to);
        String first = null;
        for (MatchResult m : outerMatches(t)) {
            int next = m.end();
            while (next < t.length() && t.charAt(next) == ' ') {
                next++;
            }
            if (next >= t.length() || t.charAt(next) != '(' || CKeywords.contains(m.group())) {
                continue;
            }
            if (!m.group().equals(m.group().toUpperCase(java.util.Locale.ROOT))) {
                return m.group();
            }
            if (first == null) {
                first = m.group();
            }
        }
        return first;
    }

    /** The identifiers of a text outside parentheses, less C keywords. */
    List<String> outerIdentifiers(String t) {
        List<String> out = new ArrayList<>(outerWords(t));
        out.removeIf(CKeywords::contains);
        return out;
    }

    /** The words of a text outside parentheses, keywords included. */
    static List<String> outerWords(String t) {
        List<String> out = new ArrayList<>();
        outerMatches(t).forEach(m -> out.add(m.group()));
        return out;
    }

    /** The identifiers of a text that stand outside parentheses, each as its match (a snapshot). */
    private static List<MatchResult> outerMatches(String t) {
        List<MatchResult> out = new ArrayList<>();
        int depth = 0;
        Matcher m = CKeywords.IDENTIFIER.matcher(t);
        int last = 0;
        while (m.find()) {
            for (int i = last; i < m.start(); i++) {
                depth += t.charAt(i) == '(' ? 1 : t.charAt(i) == ')' ? -1 : 0;
            }
            last = m.start();
            if (depth == 0) {
                out.add(m.toMatchResult());
            }
        }
        return out;
    }

    /**
     * The identifiers that stand where only qualifiers, one type and the name should, in a
     * declaration's text: most often annotation macros the parser does not know.
     *
     * @param name the function's name, never a suspect; null if not known (then the last word)
     */
    static List<String> misplaced(String t, String name) {
        String head = t;
        int paren = name == null ? -1 : indexOfCall(t, name);
        if (paren >= 0) {
            head = t.substring(0, paren);
        }
        List<String> words = outerWords(head);
        if (paren < 0 && !words.isEmpty()) {
            words = words.subList(0, words.size() - 1); // the last word is the function's name
        }
        List<String> suspects = new ArrayList<>();
        boolean typeSeen = false;
        String typedefName = null; // the first unknown word, taken for the type until a keyword type follows
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (CKeywords.isQualifier(w)) {
                continue;
            }
            boolean keywordType = CKeywords.isTag(w) || CKeywords.isBuiltinType(w);
            if (keywordType && typedefName != null) {
                suspects.add(typedefName); // "MY_WUR int f(void)": the type is int, MY_WUR is to blame
                typedefName = null;
            }
            if (CKeywords.isTag(w)) {
                i++; // the tag's name is the type
                typeSeen = true;
            } else if (CKeywords.isBuiltinType(w)) {
                typeSeen = true;
            } else if (!typeSeen) {
                typeSeen = true; // a typedef name
                typedefName = CKeywords.contains(w) ? null : w;
            } else if (!CKeywords.contains(w) && !suspects.contains(w)) {
                suspects.add(w);
            }
        }
        if (paren >= 0) {
            // after the parameter list only attributes, which are hidden, may stand
            int close = matching(t, t.indexOf('(', paren));
            if (close > 0) {
                for (String w : outerWords(t.substring(close + 1))) {
                    if (!CKeywords.contains(w) && !suspects.contains(w)) {
                        suspects.add(w);
                    }
                }
            }
        }
        return suspects;
    }

    /** Where {@code name(} starts in a text, as a whole word, or -1. */
    private static int indexOfCall(String t, String name) {
        Matcher m = java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(name) + "\\s*\\(")
                .matcher(t);
        return m.find() ? m.start() : -1;
    }

    private static int matching(String t, int open) {
        if (open < 0) {
            return -1;
        }
        int depth = 0;
        for (int i = open; i < t.length(); i++) {
            if (t.charAt(i) == '(') {
                depth++;
            } else if (t.charAt(i) == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The hint for a declaration that does not parse, naming the suspects if there are any, each
     * spelt as the macro definition that would make it vanish: {@code NAME}, or {@code NAME(a, b)}
     * where the text calls it with arguments.
     *
     * @param text the declaration's text, where the suspects are looked up
     */
    static String hint(List<String> suspects, String text) {
        if (suspects.isEmpty()) {
            return "check the declaration's syntax; an annotation macro the parser does not know also makes a"
                    + " declaration unparseable: define it with the macros parameter";
        }
        boolean one = suspects.size() == 1;
        String definition = definition(text, suspects.get(0));
        return "'" + String.join("', '", suspects) + "' " + (one ? "is" : "are") + " not known to the parser;"
                + " if " + (one ? "it is an annotation macro" : "they are annotation macros") + ", define "
                + (one ? "it" : "them") + " with the macros parameter, e.g. <macros><macro>" + definition
                + "</macro></macros> (" + (definition.contains("(") ? "'-D" + definition + "'" : "-D" + definition)
                + " on the command line)";
    }

    /**
     * The empty macro definition that removes a name as the text uses it: {@code NAME(a, b)} for a
     * use with two arguments, {@code NAME} for a use without parentheses.
     */
    static String definition(String text, String name) {
        int call = text == null ? -1 : indexOfCall(text, name);
        if (call < 0) {
            return name;
        }
        int open = text.indexOf('(', call);
        int close = matching(text, open);
        if (close < 0) {
            return name;
        }
        String inside = text.substring(open + 1, close);
        if (inside.isBlank()) {
            return name + "()";
        }
        int depth = 0;
        int arguments = 1;
        for (int i = 0; i < inside.length(); i++) {
            char c = inside.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            arguments += depth == 0 && c == ',' ? 1 : 0;
        }
        StringBuilder out = new StringBuilder(name).append('(');
        for (int i = 0; i < arguments; i++) {
            out.append(i == 0 ? "" : ", ").append((char) ('a' + Math.min(i, 25)));
        }
        return out.append(')').toString();
    }
}
