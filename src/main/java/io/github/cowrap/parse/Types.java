package io.github.cowrap.parse;

import java.util.regex.Pattern;

/** Spelling of C types and declarations as the generated code writes them. */
final class Types {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern AROUND_STAR = Pattern.compile("\\s*\\*\\s*");
    private static final Pattern WORD_BEFORE_STARS = Pattern.compile("([\\w)\\]])\\*");

    private Types() {}

    /**
     * White space collapsed and pointers spelled one way: {@code BdrvChild*} and {@code BdrvChild
     * * } both give {@code BdrvChild *}; {@code char * const*} gives {@code char *const *}.
     */
    static String canonical(String type) {
        String t = SPACE.matcher(type.strip()).replaceAll(" ");
        t = AROUND_STAR.matcher(t).replaceAll("*");
        return WORD_BEFORE_STARS.matcher(t).replaceAll("$1 *");
    }

    /** Two pieces of a declaration joined with a space where C needs or a person would put one. */
    static String glue(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        char last = a.charAt(a.length() - 1);
        char first = b.charAt(0);
        boolean tight = last == '*' || last == '(' || first == ')' || first == '[' || first == ',';
        return tight ? a + b : a + " " + b;
    }
}
