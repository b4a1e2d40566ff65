package io.github.cowrap.render;

/**
 * The one rule for text put inside a generated C comment (the banner's paths): it cannot end the
 * comment or open another, and stays on its line. A path may legally hold {@code *}{@code /} or a
 * newline on Linux; printed as is, the rest of it would become C.
 */
public final class CommentText {

    private CommentText() {}

    /**
     * {@code text} made safe inside a {@code /* ... *}{@code /} comment: {@code *}{@code /} becomes
     * {@code *\/}, {@code /*} becomes {@code /\*}, and control characters (newlines among them)
     * become {@code ?}.
     */
    public static String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c == '*' && next == '/') {
                out.append("*\\");
            } else if (c == '/' && next == '*') {
                out.append("/\\");
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
