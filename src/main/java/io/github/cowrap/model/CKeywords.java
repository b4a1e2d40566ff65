package io.github.cowrap.model;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one home of C's lexical word lists: what an identifier is, the words C and GNU C reserve
 * (no mark, type name or annotation can be one of them), and the keywords by role in a
 * declaration.
 */
public final class CKeywords {

    /** A C identifier (ASCII; the headers this plugin reads use no universal character names). */
    public static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private static final Set<String> ALL = Set.of(
            "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
            "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
            "volatile", "while", "_Bool", "_Complex", "_Imaginary", "_Alignas", "_Alignof", "_Atomic",
            "_Generic", "_Noreturn", "_Static_assert", "_Thread_local", "__attribute__", "__attribute", "__asm__",
            "asm", "typeof", "__typeof__", "__inline", "__inline__", "__restrict", "__restrict__", "__const",
            "__volatile__", "__signed__", "__extension__", "__int128", "_Float128", "defined");

    /** Qualifiers, storage classes and function specifiers: words that may stand anywhere before a type. */
    private static final Set<String> QUALIFIERS = Set.of("const", "volatile", "restrict", "static", "extern",
            "inline", "__inline", "__inline__", "_Noreturn", "__extension__", "register", "auto", "_Atomic",
            "__const", "__restrict", "__restrict__", "__volatile__", "_Thread_local");

    /** The words that introduce a tagged type; the next word is the tag. */
    private static final Set<String> TAGS = Set.of("struct", "union", "enum");

    /** The words that make up a built-in type. */
    private static final Set<String> BUILTIN_TYPES = Set.of("void", "char", "short", "int", "long", "float",
            "double", "signed", "unsigned", "_Bool", "_Complex", "__int128", "__signed__", "_Float128");

    private CKeywords() {}

    public static boolean contains(String word) {
        return ALL.contains(word);
    }

    public static boolean isIdentifier(String word) {
        return word != null && IDENTIFIER.matcher(word).matches();
    }

    public static boolean isQualifier(String word) {
        return QUALIFIERS.contains(word);
    }

    public static boolean isTag(String word) {
        return TAGS.contains(word);
    }

    public static boolean isBuiltinType(String word) {
        return BUILTIN_TYPES.contains(word);
    }
}
