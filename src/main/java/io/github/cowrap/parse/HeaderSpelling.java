package io.github.cowrap.parse;

import io.github.cowrap.model.Parameter;
import java.util.regex.Pattern;
import org.eclipse.cdt.core.dom.ast.IASTArrayDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTArrayModifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTPointerOperator;

/**
 * Spells a marked declaration's types as the header writes them, for the generated code, which
 * includes the header: macros stay as written (a macro that expands to a type is kept by name),
 * comments, annotation macros and attributes (written or from a macro) are left out. The AST
 * gives the structure (which declarator decays, where the name is); the spelling is the header's
 * text between the nodes, because the generated code must say what the header says.
 */
final class HeaderSpelling {

    private static final Pattern STORAGE_CLASS =
            Pattern.compile("\\b(?:extern|static|inline|__inline__|__inline|_Noreturn)\\b\\s*");

    private final ParseContext ctx;
    private final Typedefs typedefs;
    private final TypeSpeller comparison;

    HeaderSpelling(ParseContext ctx, Typedefs typedefs, TypeSpeller comparison) {
        this.ctx = ctx;
        this.typedefs = typedefs;
        this.comparison = comparison;
    }

    /** The return type, storage classes left out. */
    String returnType(IASTDeclSpecifier spec, IASTFunctionDeclarator function) {
        String base = STORAGE_CLASS.matcher(ctx.clean(spec)).replaceAll("").strip();
        return Types.canonical(SourceText.join(base, pointers(function.getPointerOperators(), ctx.end(spec))));
    }

    /** The specifier and pointers of a declaration, as written: what must stand before its name. */
    String typeBeforeName(IASTDeclSpecifier spec, IASTFunctionDeclarator function) {
        return SourceText.join(ctx.clean(spec), pointers(function.getPointerOperators(), ctx.end(spec)));
    }

    String pointers(IASTPointerOperator[] ops) {
        return pointers(ops, -1);
    }

    /**
     * The pointers' text from an offset on: a pointer that comes out of the same macro as the
     * text before it ({@code PTR(T)} for {@code T *}) is located at that macro, already spelt.
     */
    private String pointers(IASTPointerOperator[] ops, int from) {
        StringBuilder out = new StringBuilder();
        for (IASTPointerOperator op : ops) {
            if (ctx.start(op) < from) {
                continue;
            }
            from = ctx.end(op);
            String t = ctx.clean(op);
            if (out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }

    Parameter parameter(IASTParameterDeclaration p, IASTName name) {
        int ps = ctx.start(p);
        int pe = ctx.end(p);
        String declaration = ctx.clean(p);
        String type = Types.canonical(Types.glue(ctx.text.clean(ps, ctx.start(name)),
                ctx.text.clean(ctx.end(name), pe)));
        String member = declaration;
        IASTDeclarator decays = decayingDeclarator(p.getDeclarator());
        if (decays != null) {
            member = Types.glue(Types.glue(ctx.text.clean(ps, ctx.start(decays)), decay(decays)),
                    ctx.text.clean(ctx.end(decays), pe));
        } else if (Typedefs.levelOf(p.getDeclarator()) == null) {
            Typedefs.Typedef t = typedefs.named(p.getDeclSpecifier());
            Typedefs.Kind kind = t == null ? Typedefs.Kind.PLAIN : typedefs.kind(t.spec(), t.declarator());
            if (kind == Typedefs.Kind.FUNCTION) {
                // a function type through a typedef: a pointer to it, "Cb cb" gives "Cb *cb"
                member = Types.glue(Types.glue(ctx.text.clean(ps, ctx.start(name)), "*" + name),
                        ctx.text.clean(ctx.end(name), pe));
            } else if (kind == Typedefs.Kind.ARRAY) {
                // an array type through a typedef: a pointer to its element, which only the
                // typedef spells; its spelling from the AST is valid wherever the typedef is
                member = comparison.decayedDeclaration(p.getDeclSpecifier(), p.getDeclarator(), name.toString());
            }
        }
        return new Parameter(name.toString(), declaration, member, type);
    }

    /**
     * The declarator whose array or function modifier gives the parameter its type, if the
     * parameter is an array or a function (which C adjusts to a pointer); else null.
     */
    private static IASTDeclarator decayingDeclarator(IASTDeclarator outer) {
        IASTDeclarator level = Typedefs.levelOf(outer);
        return level != null && Typedefs.hasSuffix(level) ? level : null;
    }

    /** The text of an array or function declarator rewritten as the pointer it decays to. */
    private String decay(IASTDeclarator d) {
        IASTPointerOperator[] ops = d.getPointerOperators();
        int innerStart = ops.length == 0 ? ctx.start(d) : ctx.end(ops[ops.length - 1]);
        char[] chars = ctx.text.chars();
        if (d instanceof IASTArrayDeclarator a) {
            IASTArrayModifier[] mods = a.getArrayModifiers();
            String inner = ctx.text.clean(innerStart, ctx.start(mods[0]));
            String rest = ctx.text.clean(ctx.end(mods[0]), ctx.end(d));
            return pointers(ops) + (rest.isEmpty() ? "*" + inner : "(*" + inner + ")" + rest);
        }
        IASTDeclarator nested = d.getNestedDeclarator();
        int innerEnd = ctx.end(d.getName());
        if (nested != null) {
            innerEnd = ctx.end(nested);
            while (innerEnd < ctx.end(d) && chars[innerEnd] != ')') {
                innerEnd++;
            }
            innerEnd = Math.min(ctx.end(d), innerEnd + 1);
        }
        String inner = ctx.text.clean(innerStart, innerEnd);
        return pointers(ops) + "(*" + inner + ")" + ctx.text.clean(innerEnd, ctx.end(d));
    }
}
