package io.github.cowrap.parse;

import io.github.cowrap.model.Mark;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.cdt.core.dom.ast.IASTFileLocation;
import org.eclipse.cdt.core.dom.ast.IASTName;
import org.eclipse.cdt.core.dom.ast.IASTNode;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorFunctionStyleMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroDefinition;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorElifStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorElseStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfdefStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorIfndefStatement;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorMacroExpansion;
import org.eclipse.cdt.core.dom.ast.IASTPreprocessorStatement;
import org.eclipse.cdt.internal.core.parser.scanner.ILocationResolver;

/**
 * One pass over the translation unit's macro expansions: which are marks (also through another
 * macro), which vanish from the declaration (empty, or only GNU attributes: annotations), and the
 * text they cover in this file hidden from every declaration's text, with comments, preprocessor
 * lines and written attributes.
 */
final class MacroSweep {

    /**
     * One macro expansion as written in a file.
     *
     * @param offset where it starts in its file
     * @param end where it ends
     * @param name the macro written
     * @param mark the mark it is or expands to, or null
     * @param vanishes whether it expands to nothing or only to attributes
     */
    record Expansion(int offset, int end, String name, Mark mark, boolean vanishes) {
        /** An annotation macro: one that vanishes and is not a mark. */
        boolean annotation() {
            return mark == null && vanishes;
        }
    }

    private final Map<String, String> definitions = new HashMap<>();
    private final Set<String> functionStyle = new HashSet<>();
    private final Map<String, Boolean> vanishing = new HashMap<>();
    private final Map<IASTPreprocessorMacroDefinition, Boolean> byDefinition = new java.util.IdentityHashMap<>();
    private final Map<IASTPreprocessorMacroDefinition, Boolean> aliasByDefinition = new java.util.IdentityHashMap<>();

    private List<Expansion> thisFile = List.of();

    private MacroSweep() {}

    /** The parsed file's expansions, in order. */
    List<Expansion> thisFile() {
        return thisFile;
    }

    /**
     * The parsed file's expansions sorted by offset, and its text hidden where it must be; the
     * returned sweep also reads the expansions of included files, declaration by declaration.
     */
    static MacroSweep run(ParseContext ctx) {
        MacroSweep sweep = new MacroSweep();
        for (IASTPreprocessorMacroDefinition[] defs : List.of(ctx.tu.getBuiltinMacroDefinitions(),
                ctx.tu.getMacroDefinitions())) {
            for (IASTPreprocessorMacroDefinition d : defs) {
                String name = d.getName().toString();
                sweep.definitions.put(name, d.getExpansion());
                if (d instanceof IASTPreprocessorFunctionStyleMacroDefinition) {
                    sweep.functionStyle.add(name);
                }
            }
        }
        Map<String, List<Expansion>> byFile = new HashMap<>();
        for (IASTPreprocessorMacroExpansion x : ctx.tu.getMacroExpansions()) {
            Expansion e = sweep.classify(x, ctx.dialect.marks());
            if (e != null) {
                byFile.computeIfAbsent(x.getFileLocation().getFileName(), f -> new ArrayList<>()).add(e);
            }
        }
        byFile.values().forEach(l -> l.sort(Comparator.comparingInt(Expansion::offset)));
        for (Expansion e : byFile.getOrDefault(ctx.fileName, List.of())) {
            if (e.mark() != null || e.vanishes()) {
                ctx.text.hide(e.offset(), e.end());
            }
        }
        ctx.text.hideComments();
        hideDirectives(ctx);
        ctx.text.hideAttributes();
        sweep.thisFile = byFile.getOrDefault(ctx.fileName, List.of());
        return sweep;
    }

    private Expansion classify(IASTPreprocessorMacroExpansion x, Map<String, Mark> marks) {
        IASTFileLocation loc = x.getFileLocation();
        if (loc == null) {
            return null;
        }
        String name = x.getMacroReference().toString();
        Mark mark = marks.get(name);
        if (mark == null && mayHideAMark(x.getMacroDefinition(), marks)) {
            // CDT finds nested references by a scan of all references: only where one may be a mark
            for (IASTName nested : x.getNestedMacroReferences()) {
                mark = marks.get(nested.toString());
                if (mark != null) {
                    break;
                }
            }
        }
        // CDT re-reads a definition's text on every getExpansion(): once per definition
        Boolean vanishes = byDefinition.get(x.getMacroDefinition());
        if (vanishes == null) {
            IASTPreprocessorMacroDefinition def = x.getMacroDefinition();
            vanishes = def != null && vanishes(def.getExpansion(), new HashSet<>());
            byDefinition.put(def, vanishes);
        }
        return new Expansion(loc.getNodeOffset(), loc.getNodeOffset() + loc.getNodeLength(), name, mark, vanishes);
    }

    /**
     * The expansions written inside a node of an included file, in order. The translation
     * unit's own list has the parsed file's only; CDT's location resolver (internal, as the
     * include provider is) has the others.
     */
    List<Expansion> within(IASTNode node, Map<String, Mark> marks) {
        ILocationResolver resolver = node.getTranslationUnit().getAdapter(ILocationResolver.class);
        if (resolver == null || node.getFileLocation() == null) {
            return List.of();
        }
        List<Expansion> out = new ArrayList<>();
        for (IASTPreprocessorMacroExpansion x : resolver.getMacroExpansions(node.getFileLocation())) {
            Expansion e = classify(x, marks);
            if (e != null) {
                out.add(e);
            }
        }
        out.sort(Comparator.comparingInt(Expansion::offset));
        return out;
    }

    /**
     * Whether a macro's expansion may produce a mark: its replacement text names a mark or a
     * macro that may, or pastes tokens. Read on the definitions' text, once per definition.
     */
    private boolean mayHideAMark(IASTPreprocessorMacroDefinition def, Map<String, Mark> marks) {
        if (def == null) {
            return false;
        }
        Boolean known = aliasByDefinition.get(def);
        if (known == null) {
            known = mayHideAMark(def.getExpansion(), marks, new HashSet<>());
            aliasByDefinition.put(def, known);
        }
        return known;
    }

    private boolean mayHideAMark(String expansion, Map<String, Mark> marks, Set<String> visiting) {
        if (expansion.contains("##")) {
            return true;
        }
        java.util.regex.Matcher m = io.github.cowrap.model.CKeywords.IDENTIFIER.matcher(expansion);
        while (m.find()) {
            String id = m.group();
            if (marks.containsKey(id)) {
                return true;
            }
            String def = definitions.get(id);
            if (def != null && visiting.add(id) && mayHideAMark(def, marks, visiting)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hides the preprocessor's lines, and the text of branches not taken: neither is part of a
     * declaration, and a brace or semicolon in them must not end one.
     */
    private static void hideDirectives(ParseContext ctx) {
        int skipFrom = -1;
        for (IASTPreprocessorStatement st : ctx.tu.getAllPreprocessorStatements()) {
            IASTFileLocation loc = st.getFileLocation();
            if (loc == null || !ctx.fileName.equals(loc.getFileName())) {
                continue;
            }
            int start = loc.getNodeOffset();
            int end = start + loc.getNodeLength();
            if (skipFrom >= 0) {
                ctx.text.hide(skipFrom, start);
                skipFrom = -1;
            }
            ctx.text.hide(start, end);
            boolean notTaken = st instanceof IASTPreprocessorIfStatement i && !i.taken()
                    || st instanceof IASTPreprocessorIfdefStatement d && !d.taken()
                    || st instanceof IASTPreprocessorIfndefStatement n && !n.taken()
                    || st instanceof IASTPreprocessorElifStatement e && !e.taken()
                    || st instanceof IASTPreprocessorElseStatement s && !s.taken();
            if (notTaken) {
                skipFrom = end;
            }
        }
    }

    /**
     * Whether a macro's replacement text is empty or only GNU attributes and other such macros.
     * Read as text because CDT keeps no node for a replacement list.
     */
    private boolean vanishes(String expansion, Set<String> visiting) {
        int i = 0;
        int n = expansion.length();
        while (true) {
            while (i < n && Character.isWhitespace(expansion.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return true;
            }
            if (!Character.isJavaIdentifierStart(expansion.charAt(i))) {
                return false;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(expansion.charAt(i)) || expansion.charAt(i) == '_')) {
                i++;
            }
            String word = expansion.substring(start, i);
            boolean attribute = word.equals("__attribute__") || word.equals("__attribute");
            if (!attribute && !vanishingMacro(word, visiting)) {
                return false;
            }
            int j = i;
            while (j < n && Character.isWhitespace(expansion.charAt(j))) {
                j++;
            }
            if (attribute || functionStyle.contains(word)) {
                if (j >= n || expansion.charAt(j) != '(') {
                    if (attribute) {
                        return false;
                    }
                    continue;
                }
                int depth = 0;
                for (; j < n; j++) {
                    char c = expansion.charAt(j);
                    if (c == '(') {
                        depth++;
                    } else if (c == ')' && --depth == 0) {
                        break;
                    }
                }
                if (j >= n) {
                    return false;
                }
                i = j + 1;
            }
        }
    }

    private boolean vanishingMacro(String name, Set<String> visiting) {
        Boolean known = vanishing.get(name);
        if (known != null) {
            return known;
        }
        String def = definitions.get(name);
        if (def == null || !visiting.add(name)) {
            return false;
        }
        boolean v = vanishes(def, visiting);
        vanishing.put(name, v);
        return v;
    }
}
