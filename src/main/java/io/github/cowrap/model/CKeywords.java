package io.github.cowrap.model;

import java.util.Set;

/** The words C and GNU C reserve: no mark, type name or annotation can be one of them. */
public final class CKeywords {

    private static final Set<String> ALL = Set.of(
            "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
            "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
            "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
            "volatile", "while", "_Bool", "_Complex", "_Imaginary", "_Alignas", "_Alignof", "_Atomic",
            "_Generic", "_Noreturn", "_Static_assert", "_Thread_local", "__attribute__", "__attribute", "__asm__",
            "asm", "typeof", "__typeof__", "__inline", "__inline__", "__restrict", "__restrict__", "__const",
            "__volatile__", "__signed__", "__extension__", "__int128", "_Float128", "defined");

    private CKeywords() {}

    public static boolean contains(String word) {
        return ALL.contains(word);
    }
}
