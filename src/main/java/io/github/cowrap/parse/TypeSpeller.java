package io.github.cowrap.parse;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.cdt.core.dom.ast.IASTArrayDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTArrayModifier;
import org.eclipse.cdt.core.dom.ast.IASTCompositeTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTElaboratedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTEnumerationSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTExpression;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTPointer;
import org.eclipse.cdt.core.dom.ast.IASTPointerOperator;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.c.ICASTPointer;

/**
 * Spells types from the AST in their comparison form: macros expanded (the AST is what the
 * preprocessor gave the parser), attributes dropped (they have no node), array and function
 * parameters adjusted to pointers (through typedefs too), qualifiers in the order {@code const
 * volatile restrict} and one spelling of white space; typedef names stay names.
 */
final class TypeSpeller {

    /** How the derivation nearest the name is spelt. */
    enum Use {
        /** as declared */
        AS_IS,
        /** a parameter: an array or a function becomes a pointer */
        PARAMETER,
        /** a function's return type: the function derivation is left out */
        RETURN
    }

    private static final int MAX_DEPTH = 64;

    private final Typedefs typedefs;

    TypeSpeller(Typedefs typedefs) {
        this.typedefs = typedefs;
    }

    /** The type of a parameter, without its name. */
    String parameter(IASTParameterDeclaration p) {
        return spell(p.getDeclSpecifier(), p.getDeclarator(), "", Use.PARAMETER, List.of(), 0);
    }

    /** The declaration of a parameter as the pointer it decays to, named {@code name}. */
    String decayedDeclaration(IASTDeclSpecifier spec, IASTDeclarator d, String name) {
        return spell(spec, d, name, Use.PARAMETER, List.of(), 0);
    }

    /** The return type of a function declared by {@code d}. */
    String returnType(IASTDeclSpecifier spec, IASTDeclarator d) {
        return spell(spec, d, "", Use.RETURN, List.of(), 0);
    }

    private String spell(IASTDeclSpecifier spec, IASTDeclarator d, String hole, Use use, List<String> extra,
            int depth) {
        IASTDeclarator level = Typedefs.levelOf(d);
        if (use == Use.PARAMETER && level == null && depth < MAX_DEPTH) {
            Typedefs.Typedef t = typedefs.named(spec);
            if (t != null) {
                Typedefs.Kind kind = typedefs.kind(t.spec(), t.declarator());
                if (kind == Typedefs.Kind.FUNCTION) {
                    return glue(specifier(spec, extra), pointer(hole));
                }
                if (kind == Typedefs.Kind.ARRAY) {
                    // the typedef's own type, with this declaration's qualifiers on its element
                    return spell(t.spec(), t.declarator(), hole, Use.PARAMETER, qualifiers(spec, extra), depth + 1);
                }
            }
        }
        return glue(specifier(spec, extra), declarator(d, level, hole, use));
    }

    private static String pointer(String hole) {
        return "*" + hole;
    }

    /** The declarator nest spelt around {@code hole}, the derivation at {@code level} as {@code use} says. */
    private String declarator(IASTDeclarator d, IASTDeclarator level, String hole, Use use) {
        String core = d.getNestedDeclarator() == null ? hole
                : "(" + declarator(d.getNestedDeclarator(), level, hole, use) + ")";
        String pointers = pointers(d.getPointerOperators());
        List<String> suffixes = suffixes(d);
        if (d == level && !suffixes.isEmpty() && use != Use.AS_IS) {
            boolean function = d instanceof IASTFunctionDeclarator;
            // a function keeps its parameter list behind the pointer; an array loses its first bound
            String rest = String.join("", suffixes.subList(function ? 0 : 1, suffixes.size()));
            if (use == Use.RETURN) {
                rest = String.join("", suffixes.subList(1, suffixes.size()));
                return pointers + core + rest;
            }
            return rest.isEmpty() && !function
                    ? pointers + "*" + core
                    : pointers + "(*" + core + ")" + rest;
        }
        return pointers + core + String.join("", suffixes);
    }

    private List<String> suffixes(IASTDeclarator d) {
        List<String> out = new ArrayList<>();
        if (d instanceof IASTArrayDeclarator a) {
            for (IASTArrayModifier m : a.getArrayModifiers()) {
                IASTExpression size = m.getConstantExpression();
                out.add("[" + (size == null ? "" : collapse(size.getRawSignature())) + "]");
            }
        } else if (d instanceof IASTStandardFunctionDeclarator f) {
            List<String> ps = new ArrayList<>();
            for (IASTParameterDeclaration p : f.getParameters()) {
                ps.add(parameter(p));
            }
            if (f.takesVarArgs()) {
                ps.add("...");
            }
            out.add("(" + String.join(", ", ps) + ")");
        } else if (d instanceof IASTFunctionDeclarator) {
            out.add("()");
        }
        return out;
    }

    private static String pointers(IASTPointerOperator[] ops) {
        StringBuilder out = new StringBuilder();
        for (IASTPointerOperator op : ops) {
            out.append('*');
            if (op instanceof IASTPointer p) {
                List<String> q = new ArrayList<>();
                if (p.isConst()) {
                    q.add("const");
                }
                if (p.isVolatile()) {
                    q.add("volatile");
                }
                if (p.isRestrict() || op instanceof ICASTPointer c && c.isRestrict()) {
                    q.add("restrict");
                }
                if (!q.isEmpty()) {
                    out.append(String.join(" ", q)).append(' ');
                }
            }
        }
        return out.toString();
    }

    private static List<String> qualifiers(IASTDeclSpecifier spec, List<String> extra) {
        List<String> q = new ArrayList<>(extra);
        if (spec.isConst() && !q.contains("const")) {
            q.add("const");
        }
        if (spec.isVolatile() && !q.contains("volatile")) {
            q.add("volatile");
        }
        if (spec.isRestrict() && !q.contains("restrict")) {
            q.add("restrict");
        }
        return q;
    }

    /** The specifier: qualifiers in one order, then the type; storage classes and inline left out. */
    private static String specifier(IASTDeclSpecifier spec, List<String> extra) {
        List<String> words = new ArrayList<>();
        List<String> q = qualifiers(spec, extra);
        for (String k : List.of("const", "volatile", "restrict")) {
            if (q.contains(k)) {
                words.add(k);
            }
        }
        words.add(type(spec));
        return String.join(" ", words);
    }

    private static String type(IASTDeclSpecifier spec) {
        if (spec instanceof IASTNamedTypeSpecifier n) {
            return n.getName().toString();
        }
        if (spec instanceof IASTElaboratedTypeSpecifier e) {
            return tag(e.getKind()) + " " + e.getName();
        }
        if (spec instanceof IASTCompositeTypeSpecifier c && !c.getName().toString().isEmpty()) {
            return (c.getKey() == IASTCompositeTypeSpecifier.k_union ? "union " : "struct ") + c.getName();
        }
        if (spec instanceof IASTEnumerationSpecifier e && !e.getName().toString().isEmpty()) {
            return "enum " + e.getName();
        }
        if (spec instanceof IASTSimpleDeclSpecifier s) {
            return simple(s);
        }
        return collapse(spec.getRawSignature());
    }

    private static String tag(int kind) {
        return switch (kind) {
            case IASTElaboratedTypeSpecifier.k_union -> "union";
            case IASTElaboratedTypeSpecifier.k_enum -> "enum";
            default -> "struct";
        };
    }

    private static String simple(IASTSimpleDeclSpecifier s) {
        List<String> words = new ArrayList<>();
        if (s.isUnsigned()) {
            words.add("unsigned");
        } else if (s.isSigned() && s.getType() == IASTSimpleDeclSpecifier.t_char) {
            words.add("signed"); // only char has three signednesses
        }
        if (s.isShort()) {
            words.add("short");
        } else if (s.isLongLong()) {
            words.add("long long");
        } else if (s.isLong()) {
            words.add("long");
        }
        String base = switch (s.getType()) {
            case IASTSimpleDeclSpecifier.t_void -> "void";
            case IASTSimpleDeclSpecifier.t_char -> "char";
            case IASTSimpleDeclSpecifier.t_float -> "float";
            case IASTSimpleDeclSpecifier.t_double -> "double";
            case IASTSimpleDeclSpecifier.t_bool -> "_Bool";
            case IASTSimpleDeclSpecifier.t_int128 -> "__int128";
            case IASTSimpleDeclSpecifier.t_float128 -> "_Float128";
            case IASTSimpleDeclSpecifier.t_int, IASTSimpleDeclSpecifier.t_unspecified -> "int";
            default -> null;
        };
        if (base == null) {
            return collapse(s.getRawSignature());
        }
        if (s.isComplex()) {
            words.add("_Complex");
        }
        words.add(base);
        return String.join(" ", words);
    }

    /** Joins a specifier and a declarator spelling: {@code char} and {@code *p} give {@code char *p}. */
    private static String glue(String spec, String declarator) {
        String d = declarator.strip();
        return d.isEmpty() ? spec : spec + " " + d;
    }

    private static String collapse(String s) {
        return s.strip().replaceAll("\\s+", " ");
    }
}
