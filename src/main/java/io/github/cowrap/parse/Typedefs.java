package io.github.cowrap.parse;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.cdt.core.dom.ast.IASTArrayDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;

/**
 * The typedefs the parsed file and the files it includes declare, as far as they are read: what
 * a parameter of a typedef'd type decays to depends on whether the typedef names an array or a
 * function type.
 */
final class Typedefs {

    /** What C makes of a type first: the derivation nearest the name. */
    enum Kind { PLAIN, POINTER, ARRAY, FUNCTION }

    /** One typedef: its specifier and declarator, in the translation unit being read. */
    record Typedef(IASTDeclSpecifier spec, IASTDeclarator declarator) {}

    private final Map<String, Typedef> byName = new HashMap<>();

    /** Records the names a declaration defines, if it is a typedef. */
    void record(IASTSimpleDeclaration d) {
        if (d.getDeclSpecifier().getStorageClass() != IASTDeclSpecifier.sc_typedef) {
            return;
        }
        for (IASTDeclarator declarator : d.getDeclarators()) {
            String name = innermost(declarator).getName().toString();
            if (!name.isEmpty()) {
                byName.put(name, new Typedef(d.getDeclSpecifier(), declarator));
            }
        }
    }

    /** The typedef a type specifier names, or null. */
    Typedef named(IASTDeclSpecifier spec) {
        return spec instanceof IASTNamedTypeSpecifier n ? byName.get(n.getName().toString()) : null;
    }

    /** The outermost derivation of a declared type, through typedefs. */
    Kind kind(IASTDeclSpecifier spec, IASTDeclarator declarator) {
        return kind(spec, declarator, 0);
    }

    private Kind kind(IASTDeclSpecifier spec, IASTDeclarator declarator, int depth) {
        Kind own = declaratorKind(declarator);
        if (own != Kind.PLAIN) {
            return own;
        }
        Typedef t = depth < 64 ? named(spec) : null;
        return t == null ? Kind.PLAIN : kind(t.spec(), t.declarator(), depth + 1);
    }

    /** The outermost derivation a declarator itself applies (not counting typedefs). */
    static Kind declaratorKind(IASTDeclarator declarator) {
        return declaratorKind(declarator, levelOf(declarator));
    }

    /** The kind, and which declarator of the nest applies it: see {@link #levelOf}. */
    static Kind declaratorKind(IASTDeclarator declarator, IASTDeclarator level) {
        if (level == null) {
            return Kind.PLAIN;
        }
        if (hasSuffix(level)) {
            return level instanceof IASTFunctionDeclarator ? Kind.FUNCTION : Kind.ARRAY;
        }
        return Kind.POINTER;
    }

    /**
     * The declarator of a nest that applies the derivation nearest the name: from the innermost
     * outwards, the first with an array or function suffix (which binds tighter than its pointers)
     * or with pointers. Null if there is none.
     */
    static IASTDeclarator levelOf(IASTDeclarator outer) {
        IASTDeclarator d = innermost(outer);
        while (true) {
            if (hasSuffix(d) || d.getPointerOperators().length > 0) {
                return d;
            }
            if (d == outer || !(d.getParent() instanceof IASTDeclarator parent)) {
                return null;
            }
            d = parent;
        }
    }

    static boolean hasSuffix(IASTDeclarator d) {
        return d instanceof IASTFunctionDeclarator
                || d instanceof IASTArrayDeclarator a && a.getArrayModifiers().length > 0;
    }

    static IASTDeclarator innermost(IASTDeclarator d) {
        while (d.getNestedDeclarator() != null) {
            d = d.getNestedDeclarator();
        }
        return d;
    }
}
