package io.github.cowrap.parse;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.model.CKeywords;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Mark;
import io.github.cowrap.model.Parameter;
import io.github.cowrap.model.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.cdt.core.dom.ast.ASTVisitor;
import org.eclipse.cdt.core.dom.ast.IASTArrayDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTArrayModifier;
import org.eclipse.cdt.core.dom.ast.IASTComment;
import org.eclipse.cdt.core.dom.ast.IASTDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTFunctionDefinition;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTParameterDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTPointerOperator;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.core.dom.ast.IASTProblem;
import org.eclipse.cdt.core.dom.ast.IASTProblemDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclSpecifier;
import org.eclipse.cdt.core.dom.ast.IASTSimpleDeclaration;
import org.eclipse.cdt.core.dom.ast.IASTStandardFunctionDeclarator;
import org.eclipse.cdt.core.dom.ast.IASTTranslationUnit;
import org.eclipse.cdt.core.dom.ast.gnu.c.GCCLanguage;
import org.eclipse.cdt.core.model.ILanguage;
import org.eclipse.cdt.core.parser.DefaultLogService;
import org.eclipse.cdt.core.parser.FileContent;
import org.eclipse.cdt.core.parser.IncludeFileContentProvider;
import org.eclipse.cdt.core.parser.ScannerInfo;

/**
 * Parses headers with CDT's GNU C parser and finds their marked declarations. An instance holds
 * only configuration, never changed after construction, and each call parses into its own
 * translation unit: one instance may parse several headers in parallel.
 */
public final class HeaderParser {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");
    private static final Set<String> QUALIFIERS = Set.of("const", "volatile", "restrict", "static", "extern",
            "inline", "__inline", "__inline__", "_Noreturn", "__extension__", "register", "auto", "_Atomic");
    private static final Set<String> TAGS = Set.of("struct", "union", "enum");
    private static final Set<String> BUILTIN_TYPES = Set.of("void", "char", "short", "int", "long", "float",
            "double", "signed", "unsigned", "_Bool", "_Complex", "__int128", "__signed__");
    private static final Pattern STORAGE_CLASS =
            Pattern.compile("\\b(?:extern|static|inline|__inline__|__inline|_Noreturn)\\b\\s*");

    private final Dialect dialect;
    private final Map<String, String> macros;
    private final String[] includePaths;
    private final Charset charset;

    /**
     * @param dialect the dialect whose marks and annotation macros to use
     * @param userMacros extra definitions ({@link MacroDefinitions}) that override the dialect's
     * @param includePaths where {@code #include}s are resolved; empty means they are not followed
     * @param charset the inputs' encoding
     */
    public HeaderParser(Dialect dialect, List<String> userMacros, List<Path> includePaths, Charset charset) {
        this.dialect = dialect;
        Map<String, String> all = new LinkedHashMap<>(MacroDefinitions.parse(dialect.macros()));
        for (String mark : dialect.marks().keySet()) {
            all.put(mark, "");
        }
        all.putAll(MacroDefinitions.parse(userMacros));
        this.macros = all;
        this.includePaths = includePaths.stream().map(p -> p.toAbsolutePath().toString()).toArray(String[]::new);
        this.charset = charset;
    }

    /**
     * Parses one header.
     *
     * @param file the file to read
     * @param displayPath the path to show in diagnostics
     */
    public ParsedHeader parse(Path file, String displayPath) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return failed(displayPath, "no such file");
        } catch (IOException e) {
            return failed(displayPath, "cannot read: " + e.getMessage());
        }
        return parse(file, displayPath, bytes);
    }

    /**
     * Parses one header from bytes already read (the run's up-to-date state digests the same
     * bytes).
     *
     * @param file the file they were read from
     * @param displayPath the path to show in diagnostics
     * @param bytes its content
     */
    public ParsedHeader parse(Path file, String displayPath, byte[] bytes) {
        char[] chars;
        try {
            chars = decode(bytes);
        } catch (CharacterCodingException e) {
            return failed(displayPath, "not valid " + charset.name() + " text; set the encoding parameter to the"
                    + " headers' encoding");
        }
        return new Parse(file, displayPath, chars).run();
    }

    private static ParsedHeader failed(String displayPath, String message) {
        return new ParsedHeader(displayPath, List.of(),
                List.of(Diagnostic.of(new SourceLocation(displayPath, 1, 1), null, message)), List.of());
    }

    private char[] decode(byte[] bytes) throws CharacterCodingException {
        CharBuffer decoded = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes));
        int start = decoded.length() > 0 && decoded.charAt(0) == '\uFEFF' ? 1 : 0;
        char[] chars = new char[decoded.length() - start];
        decoded.position(start);
        decoded.get(chars);
        return chars;
    }

    /** One parse of one file: its AST, its text and what has been found in it. */
    private final class Parse {
        private final String fileName;
        private final String displayPath;
        private final SourceText text;
        private final List<Diagnostic> problems = new ArrayList<>();
        private final List<MarkedDeclaration> declarations = new ArrayList<>();
        private IASTTranslationUnit tu;

        Parse(Path file, String displayPath, char[] chars) {
            this.fileName = file.toAbsolutePath().toString();
            this.displayPath = displayPath;
            this.text = new SourceText(chars);
        }

        ParsedHeader run() {
            try {
                tu = GCCLanguage.getDefault().getASTTranslationUnit(
                        FileContent.create(fileName, text.chars()),
                        new ScannerInfo(macros, includePaths),
                        includePaths.length == 0
                                ? IncludeFileContentProvider.getEmptyFilesProvider()
                                : new DiskIncludeProvider(charset),
                        null,
                        ILanguage.OPTION_SKIP_FUNCTION_BODIES
                                | ILanguage.OPTION_NO_IMAGE_LOCATIONS
                                | ILanguage.OPTION_ADD_COMMENTS,
                        new DefaultLogService());
            } catch (Exception | StackOverflowError e) {
                return failed(displayPath, "the C parser failed on this file: " + e);
            }
            Map<IASTNode, List<Use>> uses = findUses();
            hideNonDeclarationText();
            // a mark that comes out of another macro (an alias) is not part of the declaration either
            uses.values().forEach(list -> list.forEach(u -> text.hide(u.offset(), u.offset() + u.length())));
            Set<IASTNode> reported = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
            for (Map.Entry<IASTNode, List<Use>> e : uses.entrySet()) {
                analyse(e.getKey(), e.getValue());
                reported.add(e.getKey());
            }
            findLookalikes(reported);
            problems.sort(java.util.Comparator.comparingInt((Diagnostic d) -> d.location().line())
                    .thenComparingInt(d -> d.location().column()));
            // TODO(parse rewrite): every function declaration, not only the marked ones
            return new ParsedHeader(displayPath, declarations, problems,
                    declarations.stream().map(MarkedDeclaration::function).toList());
        }

        // ---- marks ----------------------------------------------------------------------

        /** A use of a mark: the mark and the range of the text that names it. */
        private record Use(Mark mark, int offset, int length) {}

        /** Every use of a mark in this file, grouped by the declaration it lands on, in source order. */
        private Map<IASTNode, List<Use>> findUses() {
            Map<IASTNode, List<Use>> byDeclaration = new IdentityHashMap<>();
            List<IASTNode> order = new ArrayList<>();
            for (IASTPreprocessorMacroExpansion x : tu.getMacroExpansions()) {
                IASTFileLocation loc = x.getFileLocation();
                if (loc == null || !fileName.equals(loc.getFileName())) {
                    continue;
                }
                Mark mark = dialect.marks().get(x.getMacroReference().toString());
                if (mark == null) {
                    for (IASTName nested : x.getNestedMacroReferences()) {
                        mark = dialect.marks().get(nested.toString());
                        if (mark != null) {
                            break;
                        }
                    }
                }
                if (mark == null) {
                    continue;
                }
                Use use = new Use(mark, loc.getNodeOffset(), loc.getNodeLength());
                IASTNode declaration = declarationAt(use);
                if (declaration == null) {
                    problems.add(Diagnostic.of(location(use.offset()), null, "mark '" + mark.name()
                            + "' is not on a declaration; put it between the return type and the name of a"
                            + " function declaration"));
                    continue;
                }
                if (!byDeclaration.containsKey(declaration)) {
                    order.add(declaration);
                }
                byDeclaration.computeIfAbsent(declaration, k -> new ArrayList<>()).add(use);
            }
            Map<IASTNode, List<Use>> ordered = new LinkedHashMap<>();
            for (IASTNode d : order) {
                ordered.put(d, byDeclaration.get(d));
            }
            return ordered;
        }

        /** The top-level declaration a mark belongs to, or null. */
        private IASTNode declarationAt(Use use) {
            IASTNode node = tu.getNodeSelector(fileName).findStrictlyEnclosingNode(use.offset(), use.length());
            if (node == null || node instanceof IASTTranslationUnit) {
                // a mark before the return type lands on the translation unit: take the next declaration
                node = null;
                for (IASTDeclaration d : tu.getDeclarations()) {
                    IASTFileLocation loc = d.getFileLocation();
                    if (loc != null && fileName.equals(loc.getFileName())
                            && loc.getNodeOffset() >= use.offset() + use.length()) {
                        node = d;
                        break;
                    }
                }
                return node;
            }
            while (node.getParent() != null && !(node.getParent() instanceof IASTTranslationUnit)) {
                node = node.getParent();
            }
            return node;
        }

        // ---- text -----------------------------------------------------------------------

        /**
         * Hides what is not part of a declaration's text: comments, GNU attributes, and macros that
         * expand to nothing (marks and annotations).
         */
        private void hideNonDeclarationText() {
            for (IASTComment c : tu.getComments()) {
                hide(c);
            }
            for (IASTPreprocessorMacroExpansion x : tu.getMacroExpansions()) {
                if (x.getMacroDefinition() != null
                        && x.getMacroDefinition().getExpansion().isBlank()) {
                    hide(x);
                }
            }
            text.hideAttributes();
        }

        private void hide(IASTNode node) {
            IASTFileLocation loc = node.getFileLocation();
            if (loc != null && fileName.equals(loc.getFileName())) {
                text.hide(loc.getNodeOffset(), loc.getNodeOffset() + loc.getNodeLength());
            }
        }

        private int start(IASTNode node) {
            return node.getFileLocation().getNodeOffset();
        }

        private int end(IASTNode node) {
            IASTFileLocation loc = node.getFileLocation();
            return loc.getNodeOffset() + loc.getNodeLength();
        }

        private String clean(IASTNode node) {
            return text.clean(start(node), end(node));
        }

        private SourceLocation location(int offset) {
            return new SourceLocation(displayPath, text.line(offset), text.column(offset));
        }

        /** Whether a node's text is written in this file rather than produced by a macro. */
        private boolean writtenHere(IASTNode node) {
            IASTFileLocation loc = node.getFileLocation();
            if (loc == null || !fileName.equals(loc.getFileName())) {
                return false;
            }
            for (var l : node.getNodeLocations()) {
                if (l instanceof org.eclipse.cdt.core.dom.ast.IASTMacroExpansionLocation) {
                    return false;
                }
            }
            return true;
        }

        // ---- declarations ---------------------------------------------------------------

        private void analyse(IASTNode declaration, List<Use> uses) {
            Use use = uses.get(0);
            SourceLocation at = location(use.offset());
            String markName = use.mark().name();
            if (uses.size() > 1) {
                Set<String> names = new LinkedHashSet<>();
                uses.forEach(u -> names.add(u.mark().name()));
                problems.add(new Diagnostic(at, null, "several marks on one declaration (" + String.join(", ", names)
                        + ")", "keep exactly one mark per declaration"));
                return;
            }
            if (declaration instanceof IASTProblemDeclaration) {
                problems.add(new Diagnostic(at, null, "cannot parse the declaration marked '" + markName + "'",
                        unknownIdentifierHint(declaration)));
                return;
            }
            if (declaration instanceof IASTFunctionDefinition) {
                problems.add(new Diagnostic(at, nameOf(((IASTFunctionDefinition) declaration).getDeclarator()),
                        "mark '" + markName + "' is on a function definition", "marks belong on declarations;"
                                + " the wrapper's body is generated"));
                return;
            }
            if (!(declaration instanceof IASTSimpleDeclaration)) {
                problems.add(Diagnostic.of(at, null, "mark '" + markName + "' is not on a function declaration"));
                return;
            }
            IASTSimpleDeclaration simple = (IASTSimpleDeclaration) declaration;
            IASTDeclarator[] declarators = simple.getDeclarators();
            if (declarators.length != 1 || !(declarators[0] instanceof IASTFunctionDeclarator)
                    || declarators[0].getNestedDeclarator() != null
                    || simple.getDeclSpecifier().getStorageClass() == IASTDeclSpecifier.sc_typedef) {
                String what = simple.getDeclSpecifier().getStorageClass() == IASTDeclSpecifier.sc_typedef
                        ? "is a typedef"
                        : declarators.length > 1 ? "declares several names" : "does not declare a function";
                problems.add(new Diagnostic(at, declarators.length == 1 ? nameOf(declarators[0]) : null,
                        "the declaration marked '" + markName + "' " + what,
                        "a mark goes on the declaration of one function"));
                return;
            }
            if (!(declarators[0] instanceof IASTStandardFunctionDeclarator)) {
                problems.add(new Diagnostic(at, nameOf(declarators[0]), "an old-style (K&R) declaration cannot be"
                        + " wrapped", "declare the parameters with their types"));
                return;
            }
            IASTStandardFunctionDeclarator function = (IASTStandardFunctionDeclarator) declarators[0];
            String name = function.getName().toString();
            if (containsProblem(declaration)) {
                problems.add(new Diagnostic(at, name, "syntax error in the declaration marked '" + markName + "'",
                        unknownIdentifierHint(declaration)));
                return;
            }
            Stray stray = strayText(simple, function, use.offset());
            if (stray != null) {
                problems.add(new Diagnostic(at, null, "cannot parse the declaration marked '" + markName
                        + "': unexpected '" + stray.text() + "'", suspectsHint(stray.suspects())));
                return;
            }
            if (!writtenHere(function.getName())) {
                problems.add(new Diagnostic(at, name, "the declaration marked '" + markName + "' comes out of a"
                        + " macro expansion", "write the function's name and parameters in the header itself"));
                return;
            }
            if (function.takesVarArgs()) {
                problems.add(new Diagnostic(location(start(function.getName())), name,
                        "a variadic function cannot be wrapped: its arguments cannot be packed in a struct",
                        "give it a fixed parameter list, for example with a va_list parameter"));
                return;
            }
            List<Parameter> parameters = new ArrayList<>();
            List<SourceLocation> locations = new ArrayList<>();
            IASTParameterDeclaration[] declared = function.getParameters();
            boolean ok = true;
            if (!isVoidList(declared)) {
                for (int i = 0; i < declared.length; i++) {
                    IASTParameterDeclaration p = declared[i];
                    IASTName pName = innermost(p.getDeclarator()).getName();
                    if (pName == null || pName.toString().isEmpty() || hasNoType(p.getDeclSpecifier())) {
                        problems.add(new Diagnostic(location(start(p)), name, "parameter " + (i + 1) + " ('"
                                + clean(p) + "') has no name", "name every parameter: the wrapper passes"
                                + " arguments on by name"));
                        ok = false;
                        continue;
                    }
                    if (!writtenHere(p)) {
                        problems.add(new Diagnostic(location(start(p)), name, "parameter " + (i + 1) + " comes out"
                                + " of a macro expansion", "write the parameter list in the header itself"));
                        ok = false;
                        continue;
                    }
                    parameters.add(parameter(p, pName));
                    locations.add(location(start(pName)));
                }
            }
            if (!ok) {
                return;
            }
            SourceLocation where = location(start(function.getName()));
            String ret = returnType(simple.getDeclSpecifier(), function);
            // TODO(parse rewrite): annotations, and types in their comparison form
            declarations.add(new MarkedDeclaration(use.mark(), name, where, ret, parameters, locations,
                    new io.github.cowrap.model.FunctionDeclaration(name, where, ret,
                            parameters.stream().map(Parameter::type).toList(), Set.of(), false)));
        }

        /** A lone identifier in a parameter list is parsed as a name with no type: a type without a name. */
        private boolean hasNoType(IASTDeclSpecifier spec) {
            return spec instanceof IASTSimpleDeclSpecifier s && s.getType() == IASTSimpleDeclSpecifier.t_unspecified
                    && !s.isLong() && !s.isShort() && !s.isSigned() && !s.isUnsigned() && !s.isLongLong()
                    && !s.isComplex() && !s.isImaginary();
        }

        /** Text the parser skipped or misread, and the identifiers likely to blame. */
        private record Stray(String text, List<String> suspects) {}

        /**
         * What the parser skipped or took for something else: text before the name that is not the
         * return type, or text after the parameter list. Unknown macros cause it; the parser's error
         * recovery may otherwise turn {@code int FOO(x) co_wrapper name(...)} into a function named
         * FOO. Null when there is none.
         */
        private Stray strayText(IASTSimpleDeclaration simple, IASTFunctionDeclarator function, int markOffset) {
            String spec = clean(simple.getDeclSpecifier());
            String type = SourceText.join(spec, pointers(function.getPointerOperators()));
            String before = text.clean(start(simple), start(function.getName()));
            String after = text.clean(end(function), statementEnd(end(function)));
            String name = function.getName().toString();
            if (type.isEmpty()) {
                // the parser ended the previous declaration early: what it skipped stands before the mark
                String t = text.clean(statementStart(markOffset), markOffset);
                List<String> ids = outerIdentifiers(t);
                if (!ids.isEmpty() && t.startsWith(ids.get(0))) {
                    ids = ids.subList(1, ids.size()); // a typedef'd return type
                }
                return new Stray(t.isEmpty() ? name : t, ids);
            }
            if (!before.replace(" ", "").equals(type.replace(" ", ""))) {
                String t = before.startsWith(spec) ? before.substring(spec.length()).strip() : before;
                return new Stray(t, outerIdentifiers(t));
            }
            if (!after.equals(";")) {
                // "FOO(x) name(...)": the parser took the macro FOO for the function
                return new Stray(after.replaceAll(";$", "").strip(), List.of(name));
            }
            return null;
        }

        /** The offset just past the first visible ';' from an offset on, or the end of the text. */
        private int statementEnd(int from) {
            char[] c = text.chars();
            for (int i = from; i < c.length; i++) {
                if (c[i] == ';' && !text.isHidden(i)) {
                    return i + 1;
                }
            }
            return c.length;
        }

        /** The offset where the statement around an offset starts: after the last ';', '{', '}' or line of '#'. */
        private int statementStart(int offset) {
            char[] c = text.chars();
            int i = offset - 1;
            for (; i >= 0; i--) {
                if (text.isHidden(i)) {
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

        /** The identifiers of a text outside parentheses, less C keywords. */
        private List<String> outerIdentifiers(String t) {
            List<String> out = new ArrayList<>(outerWords(t));
            out.removeIf(CKeywords::contains);
            return out;
        }

        /** The words of a text outside parentheses, keywords included. */
        private List<String> outerWords(String t) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            Matcher m = IDENTIFIER.matcher(t);
            int last = 0;
            while (m.find()) {
                for (int i = last; i < m.start(); i++) {
                    depth += t.charAt(i) == '(' ? 1 : t.charAt(i) == ')' ? -1 : 0;
                }
                last = m.start();
                if (depth == 0) {
                    out.add(m.group());
                }
            }
            return out;
        }

        private String nameOf(IASTDeclarator declarator) {
            IASTName n = innermost(declarator).getName();
            return n == null || n.toString().isEmpty() ? null : n.toString();
        }

        private boolean containsProblem(IASTNode node) {
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

        private boolean isVoidList(IASTParameterDeclaration[] ps) {
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

        private IASTDeclarator innermost(IASTDeclarator d) {
            while (d.getNestedDeclarator() != null) {
                d = d.getNestedDeclarator();
            }
            return d;
        }

        private String returnType(IASTDeclSpecifier spec, IASTFunctionDeclarator function) {
            String base = STORAGE_CLASS.matcher(clean(spec)).replaceAll("").strip();
            return Types.canonical(SourceText.join(base, pointers(function.getPointerOperators())));
        }

        private String pointers(IASTPointerOperator[] ops) {
            StringBuilder out = new StringBuilder();
            for (IASTPointerOperator op : ops) {
                String t = clean(op);
                if (out.length() > 0 && Character.isLetterOrDigit(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
                out.append(t);
            }
            return out.toString();
        }

        private Parameter parameter(IASTParameterDeclaration p, IASTName name) {
            int ps = start(p);
            int pe = end(p);
            String declaration = clean(p);
            String type = Types.canonical(Types.glue(text.clean(ps, start(name)), text.clean(end(name), pe)));
            String member = declaration;
            IASTDeclarator decays = decayingDeclarator(p.getDeclarator());
            if (decays != null) {
                member = Types.glue(Types.glue(text.clean(ps, start(decays)), decay(decays)),
                        text.clean(end(decays), pe));
            }
            return new Parameter(name.toString(), declaration, member, type);
        }

        /**
         * The declarator whose array or function modifier gives the parameter its type, if the
         * parameter is an array or a function (which C adjusts to a pointer); else null.
         */
        private IASTDeclarator decayingDeclarator(IASTDeclarator outer) {
            IASTDeclarator d = innermost(outer);
            while (true) {
                boolean array = d instanceof IASTArrayDeclarator a && a.getArrayModifiers().length > 0;
                if (array || d instanceof IASTFunctionDeclarator) {
                    return d;
                }
                if (d.getPointerOperators().length > 0 || d == outer) {
                    return null;
                }
                if (!(d.getParent() instanceof IASTDeclarator parent)) {
                    return null;
                }
                d = parent;
            }
        }

        /** The text of an array or function declarator rewritten as the pointer it decays to. */
        private String decay(IASTDeclarator d) {
            IASTPointerOperator[] ops = d.getPointerOperators();
            int innerStart = ops.length == 0 ? start(d) : end(ops[ops.length - 1]);
            int innerEnd;
            if (d instanceof IASTArrayDeclarator a) {
                IASTArrayModifier[] mods = a.getArrayModifiers();
                innerEnd = start(mods[0]);
                String inner = text.clean(innerStart, innerEnd);
                String rest = text.clean(end(mods[0]), end(d));
                return pointers(ops) + (rest.isEmpty() ? "*" + inner : "(*" + inner + ")" + rest);
            }
            IASTDeclarator nested = d.getNestedDeclarator();
            innerEnd = nested == null ? end(d.getName()) : text.chars().length;
            if (nested != null) {
                innerEnd = end(nested);
                while (innerEnd < end(d) && text.chars()[innerEnd] != ')') {
                    innerEnd++;
                }
                innerEnd = Math.min(end(d), innerEnd + 1);
            }
            String inner = text.clean(innerStart, innerEnd);
            return pointers(ops) + "(*" + inner + ")" + text.clean(innerEnd, end(d));
        }

        // ---- unknown marks and hints -----------------------------------------------------

        /**
         * Reports identifiers that look like a mark of the dialect but are not one: used as a type
         * name, or inside a declaration that does not parse.
         */
        private void findLookalikes(Set<IASTNode> reported) {
            Pattern lookalike = dialect.lookalike();
            tu.accept(new ASTVisitor() {
                {
                    shouldVisitNames = true;
                    shouldVisitDeclarations = true;
                }

                @Override
                public int visit(IASTDeclaration declaration) {
                    if (reported.contains(declaration)) {
                        return PROCESS_SKIP;
                    }
                    if (declaration instanceof IASTProblemDeclaration && writtenHere(declaration)) {
                        Matcher m = IDENTIFIER.matcher(text.raw(start(declaration), end(declaration)));
                        while (m.find()) {
                            int offset = start(declaration) + m.start();
                            if (!text.isHidden(offset) && lookalike.matcher(m.group()).matches()
                                    && !dialect.marks().containsKey(m.group())) {
                                unknownMark(m.group(), offset);
                            }
                        }
                        return PROCESS_SKIP;
                    }
                    return PROCESS_CONTINUE;
                }

                @Override
                public int visit(IASTName name) {
                    String id = name.toString();
                    if (lookalike.matcher(id).matches() && !dialect.marks().containsKey(id) && writtenHere(name)
                            && !namesAFunction(name)) {
                        unknownMark(id, start(name));
                    }
                    return PROCESS_CONTINUE;
                }
            });
        }

        /**
         * Whether a name is that of a function declared with its parameter list right after it: a
         * function may be named like a mark; an unknown mark followed by the real name may not.
         */
        private boolean namesAFunction(IASTName name) {
            if (!(name.getParent() instanceof IASTFunctionDeclarator)) {
                return false;
            }
            char[] c = text.chars();
            int i = end(name);
            while (i < c.length && (Character.isWhitespace(c[i]) || text.isHidden(i))) {
                i++;
            }
            return i < c.length && c[i] == '(';
        }

        private void unknownMark(String id, int offset) {
            String hint = "the marks are " + String.join(", ", dialect.marks().keySet());
            for (String other : Dialects.names()) {
                if (!other.equals(dialect.name()) && Dialects.find(other).orElseThrow().marks().containsKey(id)) {
                    hint = "it is a mark of dialect '" + other + "': set the dialect parameter, or use one of "
                            + String.join(", ", dialect.marks().keySet());
                }
            }
            problems.add(new Diagnostic(location(offset), null, "unknown mark '" + id + "' for dialect '"
                    + dialect.name() + "'", hint));
        }

        /**
         * A hint naming the identifiers that stand where only qualifiers, a type and the name
         * should: most often an annotation macro the parser does not know.
         */
        private String unknownIdentifierHint(IASTNode declaration) {
            return unknownIdentifierHint(text.clean(start(declaration), end(declaration)));
        }

        private String unknownIdentifierHint(String t) {
            List<String> words = outerWords(t);
            List<String> suspects = new ArrayList<>();
            boolean typeSeen = false;
            for (int i = 0; i < words.size() - 1; i++) { // the last word is the function's name
                String w = words.get(i);
                if (QUALIFIERS.contains(w)) {
                    continue;
                }
                if (TAGS.contains(w)) {
                    i++; // the tag's name is the type
                    typeSeen = true;
                } else if (BUILTIN_TYPES.contains(w)) {
                    typeSeen = true;
                } else if (!typeSeen) {
                    typeSeen = true; // a typedef name
                } else if (!CKeywords.contains(w)) {
                    suspects.add(w);
                }
            }
            return suspectsHint(suspects);
        }

        private String suspectsHint(List<String> suspects) {
            if (suspects.isEmpty()) {
                return "check the declaration's syntax; an annotation macro the parser does not know also makes a"
                        + " declaration unparseable: define it with the macros parameter";
            }
            boolean one = suspects.size() == 1;
            return "'" + String.join("', '", suspects) + "' " + (one ? "is" : "are") + " not known to the parser;"
                    + " if " + (one ? "it is an annotation macro" : "they are annotation macros") + ", define "
                    + (one ? "it" : "them") + " with the macros parameter, e.g. <macros><macro>" + suspects.get(0)
                    + "</macro></macros> (-D" + suspects.get(0) + " on the command line)";
        }
    }
}
