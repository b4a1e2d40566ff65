package io.github.cowrap.parse;

import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.model.CKeywords;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.FunctionDeclaration;
import io.github.cowrap.model.Parameter;
import io.github.cowrap.model.SourceLocation;
import io.github.cowrap.parse.MacroSweep.Expansion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTArrayDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNamedTypeSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTProblemDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator;

/**
 * The one pass over a translation unit's top-level declarations, in order: each takes the macro
 * expansions written up to its end (a sorted sweep, so marks and annotations are placed in linear
 * time), every function declaration becomes a {@link FunctionDeclaration}, and each marked one in
 * the parsed file a {@link MarkedDeclaration} or a diagnostic; unmarked ones are searched for
 * misspelt marks.
 */
final class DeclarationReader {

    private final ParseContext ctx;
    private final MacroSweep sweep;
    private final Cursor here;
    private final Typedefs typedefs = new Typedefs();
    private final TypeSpeller comparison = new TypeSpeller(typedefs);
    private final HeaderSpelling spelling;
    private final Suspects suspects;
    private final MarkSpelling markSpelling;
    final List<MarkedDeclaration> marked = new ArrayList<>();
    final List<FunctionDeclaration> functions = new ArrayList<>();

    DeclarationReader(ParseContext ctx, MacroSweep sweep) {
        this.ctx = ctx;
        this.sweep = sweep;
        this.here = new Cursor(sweep.thisFile());
        this.spelling = new HeaderSpelling(ctx, typedefs, comparison);
        this.suspects = new Suspects(ctx);
        this.markSpelling = new MarkSpelling(ctx.dialect);
    }

    /** The parsed file's expansions, taken in order by the declarations that follow them. */
    private static final class Cursor {
        private final List<Expansion> list;
        private int next;

        Cursor(List<Expansion> list) {
            this.list = list;
        }

        /** The expansions after the previous declaration's end and before this one's. */
        List<Expansion> take(int end) {
            int from = next;
            while (next < list.size() && list.get(next).offset() < end) {
                next++;
            }
            return list.subList(from, next);
        }

        List<Expansion> rest() {
            return list.subList(next, list.size());
        }
    }

    void run() {
        for (IASTDeclaration d : ctx.tu.getDeclarations()) {
            IASTFileLocation loc = d.getFileLocation();
            if (loc == null) {
                continue;
            }
            boolean inThisFile = ctx.fileName.equals(loc.getFileName());
            List<Expansion> own = inThisFile ? here.take(loc.getNodeOffset() + loc.getNodeLength())
                    : mayDeclareFunctions(d) ? sweep.within(d, ctx.dialect.marks()) : List.of();
            if (d instanceof IASTSimpleDeclaration s) {
                typedefs.record(s);
            }
            List<FunctionDeclaration> declared = functionsOf(d, own);
            functions.addAll(declared);
            if (!inThisFile) {
                continue;
            }
            List<Expansion> marks = own.stream().filter(e -> e.mark() != null).toList();
            if (marks.isEmpty()) {
                misspelt(d);
            } else {
                analyse(d, marks, declared);
            }
        }
        for (Expansion e : here.rest()) {
            if (e.mark() != null) {
                ctx.error(e.offset(), null, "mark '" + e.mark().name() + "' is not on a declaration",
                        "put it between the return type and the name of a function declaration");
            }
        }
    }

    // ---- every function declaration ----------------------------------------------------

    private static boolean mayDeclareFunctions(IASTDeclaration d) {
        return d instanceof IASTFunctionDefinition || d instanceof IASTSimpleDeclaration s
                && s.getDeclSpecifier().getStorageClass() != IASTDeclSpecifier.sc_typedef
                && java.util.Arrays.stream(s.getDeclarators())
                        .anyMatch(x -> Typedefs.levelOf(x) instanceof IASTFunctionDeclarator);
    }

    private List<FunctionDeclaration> functionsOf(IASTDeclaration d, List<Expansion> own) {
        IASTDeclSpecifier spec;
        IASTDeclarator[] declarators;
        if (d instanceof IASTSimpleDeclaration s) {
            if (s.getDeclSpecifier().getStorageClass() == IASTDeclSpecifier.sc_typedef) {
                return List.of();
            }
            spec = s.getDeclSpecifier();
            declarators = s.getDeclarators();
        } else if (d instanceof IASTFunctionDefinition f) {
            spec = f.getDeclSpecifier();
            declarators = new IASTDeclarator[] {f.getDeclarator()};
        } else {
            return List.of();
        }
        List<FunctionDeclaration> out = new ArrayList<>();
        for (IASTDeclarator declarator : declarators) {
            IASTDeclarator level = Typedefs.levelOf(declarator);
            if (!(level instanceof IASTFunctionDeclarator function)) {
                continue;
            }
            IASTName name = Typedefs.innermost(declarator).getName();
            if (name == null || name.toString().isEmpty() || name.getFileLocation() == null) {
                continue;
            }
            List<String> types = new ArrayList<>();
            boolean variadic = false;
            if (function instanceof IASTStandardFunctionDeclarator standard) {
                variadic = standard.takesVarArgs();
                IASTParameterDeclaration[] ps = standard.getParameters();
                if (!isVoidList(ps)) {
                    for (IASTParameterDeclaration p : ps) {
                        types.add(comparison.parameter(p));
                    }
                }
            }
            Set<String> annotations = new LinkedHashSet<>();
            for (Expansion e : own) {
                if (e.annotation()) {
                    annotations.add(e.name());
                }
            }
            out.add(new FunctionDeclaration(name.toString(), ctx.locationOf(name),
                    comparison.returnType(spec, declarator), types, annotations, variadic));
        }
        return out;
    }

    // ---- marked declarations ------------------------------------------------------------

    private void analyse(IASTDeclaration declaration, List<Expansion> uses, List<FunctionDeclaration> declared) {
        Expansion use = uses.get(0);
        String markName = use.mark().name();
        if (uses.size() > 1) {
            Set<String> names = new LinkedHashSet<>();
            uses.forEach(u -> names.add(u.mark().name()));
            ctx.error(use.offset(), null, "several marks on one declaration (" + String.join(", ", names) + ")",
                    "keep exactly one mark per declaration");
            return;
        }
        if (declaration instanceof IASTProblemDeclaration) {
            int end = suspects.statementEnd(use.end());
            String stmt = ctx.text.clean(suspects.statementStart(use.offset()), end);
            String name = suspects.functionName(use.end(), end);
            report(use, name, markName, Suspects.misplaced(stmt, name), stmt);
            return;
        }
        if (declaration instanceof IASTFunctionDefinition def) {
            ctx.error(use.offset(), nameOf(def.getDeclarator()), "mark '" + markName + "' is on a function definition",
                    "marks belong on declarations; the wrapper's body is generated");
            return;
        }
        if (!(declaration instanceof IASTSimpleDeclaration simple)) {
            ctx.error(use.offset(), null, "mark '" + markName + "' is not on a function declaration", null);
            return;
        }
        IASTDeclarator[] declarators = simple.getDeclarators();
        boolean typedef = simple.getDeclSpecifier().getStorageClass() == IASTDeclSpecifier.sc_typedef;
        if (declarators.length != 1 || !(declarators[0] instanceof IASTFunctionDeclarator)
                || declarators[0].getNestedDeclarator() != null || typedef) {
            String what = typedef ? "is a typedef"
                    : declarators.length > 1 ? "declares several names" : "does not declare a function";
            ctx.error(use.offset(), declarators.length == 1 ? nameOf(declarators[0]) : null,
                    "the declaration marked '" + markName + "' " + what, "a mark goes on the declaration of one function");
            return;
        }
        if (!(declarators[0] instanceof IASTStandardFunctionDeclarator function)) {
            ctx.error(use.offset(), nameOf(declarators[0]), "an old-style (K&R) declaration cannot be wrapped",
                    "declare the parameters with their types");
            return;
        }
        String name = function.getName().toString();
        if (containsProblem(declaration)) {
            int end = suspects.statementEnd(ctx.end(declaration));
            String stmt = ctx.text.clean(suspects.statementStart(use.offset()), end);
            ctx.error(use.offset(), name, "syntax error in the declaration marked '" + markName + "'",
                    Suspects.hint(Suspects.misplaced(stmt, name), stmt));
            return;
        }
        if (stray(simple, function, use, markName)) {
            return;
        }
        if (!ctx.writtenHere(function.getName())) {
            ctx.error(use.offset(), name, "the declaration marked '" + markName + "' comes out of a macro expansion",
                    "write the function's name and parameters in the header itself");
            return;
        }
        if (function.takesVarArgs()) {
            ctx.error(ctx.start(function.getName()), name,
                    "a variadic function cannot be wrapped: its arguments cannot be packed in a struct",
                    "give it a fixed parameter list, for example with a va_list parameter");
            return;
        }
        List<Parameter> parameters = new ArrayList<>();
        List<SourceLocation> locations = new ArrayList<>();
        IASTParameterDeclaration[] declaredParameters = function.getParameters();
        boolean ok = true;
        if (!isVoidList(declaredParameters)) {
            for (int i = 0; i < declaredParameters.length; i++) {
                IASTParameterDeclaration p = declaredParameters[i];
                IASTName pName = Typedefs.innermost(p.getDeclarator()).getName();
                if (pName == null || pName.toString().isEmpty() || hasNoType(p.getDeclSpecifier())) {
                    ctx.error(ctx.start(p), name, "parameter " + (i + 1) + " ('" + ctx.clean(p) + "') has no name",
                            "name every parameter: the wrapper passes arguments on by name");
                    ok = false;
                    continue;
                }
                if (!ctx.writtenHere(pName)) {
                    // a macro may give the type ("T a", kept as written), not the name the wrapper passes on
                    ctx.error(ctx.start(p), name, "the name of parameter " + (i + 1) + " comes out of a macro"
                            + " expansion", "write the parameter names in the header itself");
                    ok = false;
                    continue;
                }
                parameters.add(spelling.parameter(p, pName));
                locations.add(ctx.location(ctx.start(pName)));
            }
        }
        if (!ok) {
            return;
        }
        SourceLocation where = ctx.location(ctx.start(function.getName()));
        String ret = spelling.returnType(simple.getDeclSpecifier(), function);
        FunctionDeclaration model = declared.isEmpty() ? null : declared.get(0);
        marked.add(new MarkedDeclaration(use.mark(), name, where, ret, parameters, locations, model));
    }

    /**
     * Reports what the parser skipped or misread around a marked declaration, if anything:
     * unknown macros before it (the parser ended a declaration there), between the type and the
     * name, or after the parameter list. Returns whether it reported.
     */
    private boolean stray(IASTSimpleDeclaration simple, IASTStandardFunctionDeclarator function, Expansion use,
            String markName) {
        int declStart = ctx.start(simple);
        int stmtStart = suspects.statementStart(Math.min(declStart, use.offset()));
        int stmtEnd = suspects.statementEnd(ctx.end(function));
        String cdtName = function.getName().toString();
        if (use.offset() >= ctx.end(function)) {
            // "int FOO(x) co_wrapper name(...)": the parser took the macro FOO for the function
            String real = suspects.functionName(use.end(), stmtEnd);
            report(use, real, markName, List.of(cdtName), ctx.text.clean(stmtStart, stmtEnd));
            return true;
        }
        String lead = ctx.text.clean(stmtStart, declStart);
        String type = spelling.typeBeforeName(simple.getDeclSpecifier(), function);
        String before = ctx.text.clean(declStart, ctx.start(function.getName()));
        String after = ctx.text.clean(ctx.end(function), stmtEnd);
        if (lead.isEmpty() && !type.isEmpty() && before.replace(" ", "").equals(type.replace(" ", ""))
                && after.equals(";")) {
            return false;
        }
        String real = suspects.functionName(use.end(), stmtEnd);
        if (real == null) {
            real = cdtName;
        }
        String stmt = ctx.text.clean(stmtStart, stmtEnd);
        report(use, real, markName, Suspects.misplaced(stmt, real), stmt);
        return true;
    }

    private void report(Expansion use, String function, String markName, List<String> culprits, String stmt) {
        String what = culprits.isEmpty() ? "" : ": unexpected '" + String.join("', '", culprits) + "'";
        ctx.error(use.offset(), function, "cannot parse the declaration marked '" + markName + "'" + what,
                Suspects.hint(culprits, stmt));
    }

    // ---- misspelt marks -----------------------------------------------------------------

    /** Reports identifiers in an unmarked declaration that stand where a mark would and look like one. */
    private void misspelt(IASTDeclaration declaration) {
        if (declaration instanceof IASTProblemDeclaration) {
            if (!ctx.inThisFile(declaration)) {
                return;
            }
            int start = ctx.start(declaration);
            Matcher m = CKeywords.IDENTIFIER.matcher(ctx.text.raw(start, ctx.end(declaration)));
            while (m.find()) {
                int offset = start + m.start();
                if (!ctx.text.isHidden(offset) && !followedByParenthesis(start + m.end())) {
                    check(m.group(), offset);
                }
            }
            return;
        }
        declaration.accept(new ASTVisitor() {
            {
                shouldVisitNames = true;
            }

            @Override
            public int visit(IASTName name) {
                String id = name.toString();
                if (id.isEmpty() || !ctx.writtenHere(name) || followedByParenthesis(ctx.end(name))) {
                    return PROCESS_CONTINUE;
                }
                IASTNode parent = name.getParent();
                // where a mark would stand: the declaration's own type or its declarators' names
                boolean markPlace = parent.getParent() == declaration
                        && (parent instanceof IASTNamedTypeSpecifier || parent instanceof IASTDeclarator);
                if (markPlace || ctx.dialect.lookalike().matcher(id).matches()) {
                    check(id, ctx.start(name));
                }
                return PROCESS_CONTINUE;
            }
        });
    }

    private boolean followedByParenthesis(int from) {
        char[] c = ctx.text.chars();
        int i = from;
        while (i < c.length && (Character.isWhitespace(c[i]) || ctx.text.isHidden(i))) {
            i++;
        }
        return i < c.length && c[i] == '(';
    }

    private void check(String id, int offset) {
        String meant = markSpelling.probableMark(id);
        if (meant == null) {
            return;
        }
        String marks = String.join(", ", ctx.dialect.marks().keySet());
        // a name that starts with a whole mark is a mark of this family, not a slip of the keyboard
        boolean family = ctx.dialect.lookalike().matcher(id).matches() && id.startsWith(meant + "_");
        String hint = (family ? "" : "did you mean '" + meant + "'? ") + "the marks are " + marks;
        for (String other : Dialects.names()) {
            if (!other.equals(ctx.dialect.name()) && Dialects.find(other).orElseThrow().marks().keySet().stream()
                    .anyMatch(id::equalsIgnoreCase)) {
                hint = "it is a mark of dialect '" + other + "': set the dialect parameter, or use one of " + marks;
            }
        }
        ctx.problems.add(new Diagnostic(ctx.location(offset), null, "unknown mark '" + id + "' for dialect '"
                + ctx.dialect.name() + "'", hint));
    }

    // ---- shapes -------------------------------------------------------------------------

    private static String nameOf(IASTDeclarator declarator) {
        IASTName n = Typedefs.innermost(declarator).getName();
        return n == null || n.toString().isEmpty() ? null : n.toString();
    }

    private static boolean containsProblem(IASTNode node) {
        boolean[] found = {false};
        node.accept(new ASTVisitor() {
            {
                shouldVisitProblems = true;
            }

            @Override
            public int visit(IASTProblem problem) {
                found[0] = true;
                return PROCESS_ABORT;
            }
        });
        return found[0];
    }

    /** A lone identifier in a parameter list is parsed as a name with no type: a type without a name. */
    private static boolean hasNoType(IASTDeclSpecifier spec) {
        return spec instanceof IASTSimpleDeclSpecifier s && s.getType() == IASTSimpleDeclSpecifier.t_unspecified
                && !s.isLong() && !s.isShort() && !s.isSigned() && !s.isUnsigned() && !s.isLongLong()
                && !s.isComplex() && !s.isImaginary();
    }

    private static boolean isVoidList(IASTParameterDeclaration[] ps) {
        if (ps.length != 1) {
            return false;
        }
        IASTParameterDeclaration p = ps[0];
        IASTDeclarator d = p.getDeclarator();
        return p.getDeclSpecifier() instanceof IASTSimpleDeclSpecifier s
                && s.getType() == IASTSimpleDeclSpecifier.t_void
                && !s.isConst() && !s.isVolatile()
                && d.getPointerOperators().length == 0
                && d.getNestedDeclarator() == null
                && !(d instanceof IASTArrayDeclarator)
                && !(d instanceof IASTFunctionDeclarator)
                && d.getName().toString().isEmpty();
    }
}
