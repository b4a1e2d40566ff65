package io.github.cowrap.check;

import io.github.cowrap.model.CKeywords;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one spelling of a C type that the target check compares: two spellings of the same type
 * give the same string. The parser already hands over types in a normalized form (see {@link
 * io.github.cowrap.model.FunctionDeclaration}); this makes the comparison hold whatever spelling
 * reaches it. The type is re-read from its text because that text is all the model keeps.
 *
 * <p>Same type: white space; qualifier order ({@code char const *} and {@code const char *});
 * the spellings of one integer type ({@code long unsigned int} and {@code unsigned long});
 * {@code bool} and {@code _Bool}; GNU spellings ({@code __const}, {@code __restrict__});
 * attributes; storage classes and {@code inline}. For a parameter (and a return type), qualifiers
 * on the type itself do not count ({@code char *const} is {@code char *}), an array is the
 * pointer it decays to, a function is a pointer to it, and names of parameters inside function
 * pointer types do not count. Typedef names stay names: {@code int64_t} is not {@code long}.
 */
public final class CType {

    private static final List<String> QUALIFIER_ORDER = List.of("const", "restrict", "volatile", "_Atomic");

    private static final Set<String> DROPPED = Set.of("static", "extern", "inline", "register", "auto",
            "__inline", "__inline__", "__extension__", "_Noreturn", "typedef");

    private static final Set<String> ARITHMETIC = Set.of("signed", "unsigned", "char", "short", "int", "long",
            "float", "double", "_Bool", "_Complex", "void", "__int128");

    private CType() {}

    /** A parameter's type as the callee sees it: decayed, without top-level qualifiers. */
    public static String parameter(String type) {
        try {
            return print(adjust(new Reader(type).typeName()), "");
        } catch (IllegalArgumentException e) {
            return collapse(type);
        }
    }

    /** A return type: its unqualified version (C drops qualifiers on a function's result). */
    public static String returnType(String type) {
        try {
            return print(unqualified(new Reader(type).typeName()), "");
        } catch (IllegalArgumentException e) {
            return collapse(type);
        }
    }

    /** Any type, qualifiers kept. */
    public static String of(String type) {
        try {
            return print(new Reader(type).typeName(), "");
        } catch (IllegalArgumentException e) {
            return collapse(type);
        }
    }

    private static String collapse(String type) {
        return type.strip().replaceAll("\\s+", " ").replaceAll("\\s*\\*\\s*", " *").replace("* *", "**")
                .replaceAll("\\s*([()\\[\\],])\\s*", "$1");
    }

    // ---- the type tree -------------------------------------------------------------------

    private sealed interface Type permits Base, Pointer, Array, Function {}

    /** Qualifiers (sorted) and the type words (canonical spelling). */
    private record Base(Set<String> qualifiers, String words) implements Type {}

    private record Pointer(Set<String> qualifiers, Type to) implements Type {}

    private record Array(Type of, String size) implements Type {}

    private record Function(Type result, List<Type> parameters, boolean variadic) implements Type {}

    /** A parameter's adjustment: arrays and functions decay, top-level qualifiers go. */
    private static Type adjust(Type t) {
        if (t instanceof Array a) {
            return new Pointer(Set.of(), a.of());
        }
        if (t instanceof Function) {
            return new Pointer(Set.of(), t);
        }
        return unqualified(t);
    }

    private static Type unqualified(Type t) {
        if (t instanceof Base b) {
            return new Base(Set.of(), b.words());
        }
        if (t instanceof Pointer p) {
            return new Pointer(Set.of(), p.to());
        }
        return t;
    }

    private static String print(Type t, String inner) {
        if (t instanceof Base b) {
            String spec = join(qualifiers(b.qualifiers()), b.words());
            return join(spec, inner);
        }
        if (t instanceof Pointer p) {
            String q = qualifiers(p.qualifiers());
            String d = "*" + (q.isEmpty() ? "" : " " + q + (inner.isEmpty() ? "" : " ")) + inner;
            if (p.to() instanceof Array || p.to() instanceof Function) {
                d = "(" + d + ")";
            }
            return print(p.to(), d);
        }
        if (t instanceof Array a) {
            return print(a.of(), inner + "[" + a.size() + "]");
        }
        Function f = (Function) t;
        List<String> params = new ArrayList<>();
        f.parameters().forEach(p -> params.add(print(p, "")));
        if (f.variadic()) {
            params.add("...");
        }
        return print(f.result(), inner + "(" + (params.isEmpty() ? "void" : String.join(", ", params)) + ")");
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        // "int *", "char **", "void (*)(void)": a space before the declarator
        return a + " " + b;
    }

    private static String qualifiers(Set<String> qs) {
        List<String> out = new ArrayList<>();
        for (String q : QUALIFIER_ORDER) {
            if (qs.contains(q)) {
                out.add(q);
            }
        }
        return String.join(" ", out);
    }

    // ---- reading ---------------------------------------------------------------------------

    /** A recursive-descent reader of a C type name (an abstract declarator, names tolerated). */
    private static final class Reader {
        private final List<String> tokens;
        private int at;

        Reader(String text) {
            tokens = tokens(text);
        }

        Type typeName() {
            Type t = parameterType();
            if (at != tokens.size()) {
                throw new IllegalArgumentException("unexpected " + tokens.get(at));
            }
            return t;
        }

        /** Specifiers, then an abstract (or named) declarator. */
        private Type parameterType() {
            Base base = specifiers();
            return declare(base, declarator());
        }

        private Base specifiers() {
            Set<String> qualifiers = new TreeSet<>();
            List<String> arithmetic = new ArrayList<>();
            String named = null;
            while (at < tokens.size()) {
                String tok = tokens.get(at);
                String q = qualifier(tok);
                if (q != null) {
                    qualifiers.add(q);
                    at++;
                } else if (DROPPED.contains(tok)) {
                    at++;
                } else if (ARITHMETIC.contains(synonym(tok)) && named == null) {
                    arithmetic.add(synonym(tok));
                    at++;
                } else if ((tok.equals("struct") || tok.equals("union") || tok.equals("enum")) && named == null
                        && arithmetic.isEmpty()) {
                    at++;
                    if (at >= tokens.size() || !isIdentifier(tokens.get(at))) {
                        throw new IllegalArgumentException("anonymous " + tok);
                    }
                    named = tok + " " + tokens.get(at++);
                } else if (isIdentifier(tok) && !CKeywords.contains(tok) && named == null && arithmetic.isEmpty()) {
                    named = tok.equals("bool") ? "_Bool" : tok;
                    at++;
                } else {
                    break;
                }
            }
            if (named == null && arithmetic.isEmpty()) {
                if (qualifiers.isEmpty()) {
                    throw new IllegalArgumentException("no type");
                }
                arithmetic.add("int"); // "const x": implicit int, as old C reads it
            }
            return new Base(qualifiers, named != null ? named : arithmetic(arithmetic));
        }

        /** A declarator: the derivations, innermost last. */
        private Declarator declarator() {
            if (peek("*")) {
                at++;
                Set<String> qualifiers = new TreeSet<>();
                String q;
                while (at < tokens.size() && (q = qualifier(tokens.get(at))) != null) {
                    qualifiers.add(q);
                    at++;
                }
                return new Declarator.Star(qualifiers, declarator());
            }
            Declarator d;
            if (peek("(") && at + 1 < tokens.size()
                    && (tokens.get(at + 1).equals("*") || tokens.get(at + 1).equals("(")
                            || tokens.get(at + 1).equals("["))) {
                at++;
                d = declarator();
                expect(")");
            } else if (at < tokens.size() && isIdentifier(tokens.get(at)) && !CKeywords.contains(tokens.get(at))) {
                at++; // a name: it does not belong to the type
                d = Declarator.NONE;
            } else {
                d = Declarator.NONE;
            }
            while (peek("[") || peek("(")) {
                if (peek("[")) {
                    at++;
                    List<String> size = new ArrayList<>();
                    while (!peek("]")) {
                        if (at >= tokens.size()) {
                            throw new IllegalArgumentException("unclosed [");
                        }
                        String tok = tokens.get(at++);
                        if (qualifier(tok) == null && !tok.equals("static")) {
                            size.add(tok);
                        }
                    }
                    at++;
                    d = new Declarator.Suffix(d, String.join(" ", size), null, false);
                } else {
                    at++;
                    List<Type> params = new ArrayList<>();
                    boolean variadic = false;
                    if (peek(")")) {
                        at++;
                    } else {
                        while (true) {
                            if (peek("...")) {
                                at++;
                                variadic = true;
                            } else {
                                params.add(adjust(parameterType()));
                            }
                            if (peek(",")) {
                                at++;
                                continue;
                            }
                            expect(")");
                            break;
                        }
                    }
                    if (params.size() == 1 && !variadic && params.get(0) instanceof Base b && b.words().equals("void")
                            && b.qualifiers().isEmpty()) {
                        params.clear();
                    }
                    d = new Declarator.Suffix(d, null, params, variadic);
                }
            }
            return d;
        }

        private boolean peek(String tok) {
            return at < tokens.size() && tokens.get(at).equals(tok);
        }

        private void expect(String tok) {
            if (!peek(tok)) {
                throw new IllegalArgumentException("expected " + tok);
            }
            at++;
        }
    }

    /** What a declarator derives from the type before it, outermost first. */
    private sealed interface Declarator {
        Declarator NONE = new None();

        record None() implements Declarator {}

        record Star(Set<String> qualifiers, Declarator inner) implements Declarator {}

        /** An array (size set) or function (parameters set) suffix on {@code inner}. */
        record Suffix(Declarator inner, String size, List<Type> parameters, boolean variadic) implements Declarator {}
    }

    /** C's reading of "T D": each derivation wraps the type, from the outside in. */
    private static Type declare(Type t, Declarator d) {
        if (d instanceof Declarator.Star s) {
            return declare(new Pointer(s.qualifiers(), t), s.inner());
        }
        if (d instanceof Declarator.Suffix s) {
            Type derived = s.parameters() == null ? new Array(t, s.size())
                    : new Function(t, s.parameters(), s.variadic());
            return declare(derived, s.inner());
        }
        return t;
    }

    private static String qualifier(String tok) {
        return switch (tok) {
            case "const", "__const", "__const__" -> "const";
            case "volatile", "__volatile", "__volatile__" -> "volatile";
            case "restrict", "__restrict", "__restrict__" -> "restrict";
            case "_Atomic" -> "_Atomic";
            default -> null;
        };
    }

    private static String synonym(String tok) {
        return switch (tok) {
            case "__signed", "__signed__" -> "signed";
            case "__complex__" -> "_Complex";
            case "bool" -> "_Bool";
            default -> tok;
        };
    }

    /** The one spelling of a combination of arithmetic type words. */
    private static String arithmetic(List<String> words) {
        int longs = 0;
        boolean signed = false;
        boolean unsigned = false;
        boolean complex = false;
        String core = null;
        boolean isShort = false;
        for (String w : words) {
            switch (w) {
                case "long" -> longs++;
                case "signed" -> signed = true;
                case "unsigned" -> unsigned = true;
                case "short" -> isShort = true;
                case "_Complex" -> complex = true;
                case "int" -> core = core == null ? "int" : core;
                default -> core = w;
            }
        }
        String out;
        if ("char".equals(core)) {
            out = unsigned ? "unsigned char" : signed ? "signed char" : "char";
        } else if ("double".equals(core) || "float".equals(core)) {
            out = (longs > 0 ? "long " : "") + core;
        } else if (core != null && !core.equals("int")) {
            out = core; // void, _Bool, __int128
            if (unsigned) {
                out = "unsigned " + out;
            }
        } else {
            String size = isShort ? "short" : longs == 1 ? "long" : longs >= 2 ? "long long" : "int";
            out = unsigned ? "unsigned " + size : size;
        }
        return complex ? out + " _Complex" : out;
    }

    // ---- tokens ----------------------------------------------------------------------------

    private static boolean isIdentifier(String tok) {
        char c = tok.charAt(0);
        return Character.isLetter(c) || c == '_';
    }

    /** Identifiers, numbers, "..." and single punctuation; attributes and {@code [[...]]} dropped. */
    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                int start = i;
                while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                String word = text.substring(start, i);
                if (word.equals("__attribute__") || word.equals("__attribute") || word.equals("__asm__")
                        || word.equals("__asm") || word.equals("asm") || word.equals("__declspec")) {
                    i = skipParenthesized(text, i);
                } else {
                    out.add(word);
                }
            } else if (text.startsWith("...", i)) {
                out.add("...");
                i += 3;
            } else if (text.startsWith("[[", i)) {
                int close = text.indexOf("]]", i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed [[");
                }
                i = close + 2;
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    private static int skipParenthesized(String text, int i) {
        int n = text.length();
        while (i < n && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i >= n || text.charAt(i) != '(') {
            return i;
        }
        int depth = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("unclosed attribute");
    }
}
