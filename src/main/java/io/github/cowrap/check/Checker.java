package io.github.cowrap.check;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.dialect.NamingRule.NamingException;
import io.github.cowrap.model.Diagnostic;
import io.github.cowrap.model.Direction;
import io.github.cowrap.model.Header;
import io.github.cowrap.model.Parameter;
import io.github.cowrap.model.Wrapper;
import io.github.cowrap.parse.MarkedDeclaration;
import io.github.cowrap.parse.ParsedHeader;
import io.github.cowrap.model.FunctionDeclaration;
import io.github.cowrap.model.SourceLocation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks marked declarations against a dialect's rules and turns the good ones into wrappers: the
 * naming rule, the names the generated code reserves (read from the templates, see {@link
 * TemplateNames}), the dialect's own rules, collisions between wrappers across all headers of a
 * run, and each wrapper against its target's declarations ({@link TargetCheck}).
 */
public final class Checker {

    private final Dialect dialect;
    private final ReservedNames reserved;
    private final TargetCheck targetCheck;

    /** A checker for the dialect's built-in templates, with the default target check. */
    public Checker(Dialect dialect) {
        this(dialect, ReservedNames.of(dialect.templateSet(), null), TargetCheck.DEFAULT);
    }

    /**
     * @param reserved the names the templates in use declare and call
     * @param targetCheck what to do about a target declared nowhere
     */
    public Checker(Dialect dialect, ReservedNames reserved, TargetCheck targetCheck) {
        this.dialect = dialect;
        this.reserved = reserved;
        this.targetCheck = targetCheck == null ? TargetCheck.DEFAULT : targetCheck;
    }

    /** Checks the headers of one run, in order. */
    public List<Header> check(List<ParsedHeader> parsed) {
        Map<String, MarkedDeclaration> byName = new HashMap<>();
        Names names = new Names();
        Map<String, List<FunctionDeclaration>> functions = functions(parsed);
        Set<String> marked = new HashSet<>();
        parsed.forEach(h -> h.declarations().forEach(d -> marked.add(d.name())));
        List<Header> headers = new ArrayList<>();
        for (ParsedHeader header : parsed) {
            List<Wrapper> wrappers = new ArrayList<>();
            List<Diagnostic> problems = new ArrayList<>(header.problems());
            List<Diagnostic> warnings = new ArrayList<>();
            for (MarkedDeclaration d : header.declarations()) {
                MarkedDeclaration first = byName.get(d.name());
                if (first != null) {
                    if (!first.signature().equals(d.signature())) {
                        problems.add(new Diagnostic(d.location(), d.name(), "declared again with a different"
                                + " signature: '" + d.signature() + "' here, '" + first.signature() + "' at "
                                + first.location(), "declare each wrapper once"));
                    }
                    continue; // the same declaration twice gives one wrapper
                }
                byName.put(d.name(), d);
                Wrapper w = wrapper(d, problems);
                if (w != null && noCollision(w, names, problems)) {
                    // a target that is itself a wrapper is the collision check's to report
                    w = marked.contains(w.target()) ? w
                            : target(w, d, functions.getOrDefault(w.target(), List.of()), problems, warnings);
                    if (w != null) {
                        wrappers.add(w);
                    }
                }
            }
            problems.sort(BY_PLACE);
            warnings.sort(BY_PLACE);
            headers.add(new Header(header.path(), wrappers, problems, warnings));
        }
        return headers;
    }

    private static final Comparator<Diagnostic> BY_PLACE = Comparator
            .comparingInt((Diagnostic p) -> p.location().line()).thenComparingInt(p -> p.location().column());

    /**
     * Every function declared in the run's parsed files, by name, each place once (an included
     * file parsed for several headers gives its declarations once).
     */
    private static Map<String, List<FunctionDeclaration>> functions(List<ParsedHeader> parsed) {
        Map<String, List<FunctionDeclaration>> out = new HashMap<>();
        Set<SourceLocation> seen = new HashSet<>();
        for (ParsedHeader h : parsed) {
            for (FunctionDeclaration f : h.functions()) {
                if (seen.add(f.location())) {
                    out.computeIfAbsent(f.name(), k -> new ArrayList<>()).add(f);
                }
            }
        }
        return out;
    }

    private Wrapper wrapper(MarkedDeclaration d, List<Diagnostic> problems) {
        int before = problems.size();
        String target = null;
        try {
            target = dialect.naming().target(d.mark().direction(), d.name());
        } catch (NamingException e) {
            problems.add(Diagnostic.of(d.location(), d.name(), e.getMessage()));
        }
        if (target != null) {
            String structName = dialect.structNaming().structName(d.name(), target);
            Map<String, String> taken = reserved.of(d.mark().direction(), structName, target,
                    !"void".equals(d.returnType()));
            for (int i = 0; i < d.parameters().size(); i++) {
                Parameter p = d.parameters().get(i);
                String what = taken.get(p.name());
                if (what != null) {
                    problems.add(new Diagnostic(d.parameterLocations().get(i), d.name(), "parameter '" + p.name()
                            + "' collides with a name the generated code uses: " + what + " (as "
                            + reserved.template(d.mark().direction()).source() + " states)",
                            "rename the parameter"));
                }
            }
        }
        if (problems.size() > before) {
            return null;
        }
        Wrapper w = new Wrapper(d.mark(), d.name(), target,
                dialect.structNaming().structName(d.name(), target), d.returnType(), d.parameters(), d.location());
        for (Function<Wrapper, String> rule : dialect.rules()) {
            String problem = rule.apply(w);
            if (problem != null) {
                problems.add(Diagnostic.of(d.location(), d.name(), problem));
            }
        }
        return problems.size() > before ? null : w;
    }

    /**
     * Checks a wrapper against its target's declarations; returns it with the place of the first
     * one, or null when it is rejected.
     */
    private Wrapper target(Wrapper w, MarkedDeclaration d, List<FunctionDeclaration> declarations,
            List<Diagnostic> problems, List<Diagnostic> warnings) {
        if (declarations.isEmpty()) {
            if (targetCheck == TargetCheck.OFF) {
                return w;
            }
            Diagnostic missing = Diagnostic.warning(w.location(), w.name(), "its target '" + w.target()
                    + "' is declared in none of the parsed files", "declare it in one of the headers, add the header"
                    + " that declares it to the inputs (or set includePaths to follow #includes), or set"
                    + " targetCheck to off");
            if (targetCheck == TargetCheck.ERROR) {
                problems.add(missing.withSeverity(Diagnostic.Severity.ERROR));
                return null;
            }
            warnings.add(missing);
            return w;
        }
        FunctionDeclaration first = declarations.get(0);
        Wrapper found = w.withTargetDeclaration(first.location());
        if (targetCheck == TargetCheck.OFF) {
            return found;
        }
        for (FunctionDeclaration other : declarations.subList(1, declarations.size())) {
            List<String> diff = TargetComparison.differences(other, first);
            if (!diff.isEmpty()) {
                problems.add(new Diagnostic(w.location(), w.name(), "its target '" + w.target() + "' is declared"
                        + " differently at " + other.location() + " and at " + first.location() + ": "
                        + String.join("; ", diff), "make the declarations of " + w.target() + " agree"));
                return null;
            }
        }
        FunctionDeclaration mine = d.function() != null ? d.function()
                : new FunctionDeclaration(d.name(), d.location(), d.returnType(),
                        d.parameters().stream().map(Parameter::type).toList(), Set.of(), false);
        List<String> diff = TargetComparison.differences(mine, first);
        String declaredAnnotation = dialect.coroutineAnnotation();
        // every declaration carries its annotations, in the inputs and in the files they include
        String annotation = declaredAnnotation;
        boolean coroutine = annotation != null
                && declarations.stream().anyMatch(f -> f.annotations().contains(annotation));
        if (annotation != null && w.mark().direction() == Direction.NO_CO && coroutine) {
            diff.add("the target is declared " + annotation + ", and a " + w.mark().name()
                    + " wrapper's target must not be a coroutine function");
        }
        if (!diff.isEmpty()) {
            problems.add(new Diagnostic(w.location(), w.name(), "does not match its target '" + w.target()
                    + "' declared at " + first.location() + ": " + String.join("; ", diff),
                    "declare the wrapper with its target's return and parameter types"));
            return null;
        }
        if (annotation != null && w.mark().direction() == Direction.CO && !coroutine) {
            // no evidence either way (QEMU 5.2 leaves some coroutine functions unannotated):
            // reported as a target declared nowhere is
            Diagnostic unannotated = Diagnostic.warning(w.location(), w.name(), "its target '" + w.target()
                    + "' declared at " + first.location() + " is not declared " + annotation + ", and a "
                    + w.mark().name() + " wrapper's target must be a coroutine function", "declare the target "
                    + annotation + ", or set targetCheck to off");
            if (targetCheck == TargetCheck.ERROR) {
                problems.add(unannotated.withSeverity(Diagnostic.Severity.ERROR));
                return null;
            }
            warnings.add(unannotated);
        }
        return found;
    }

    /**
     * Records the global names a wrapper's section defines and the target it calls; reports a name
     * that another section defines, or a function that would be both a wrapper and a target.
     */
    private boolean noCollision(Wrapper w, Names names, List<Diagnostic> problems) {
        List<String> defined = new ArrayList<>(List.of(w.name(), w.structName()));
        reserved.template(w.mark().direction()).suffixes().forEach(s -> defined.add(w.target() + s));
        String problem = null;
        Wrapper other = null;
        for (String name : defined) {
            if ((other = names.defined.get(name)) != null) {
                problem = "the generated '" + name + "' collides with the code generated for '" + other.name() + "'";
                break;
            }
            if ((other = names.targets.get(name)) != null) {
                problem = "the generated '" + name + "' is the target that '" + other.name() + "' calls";
                break;
            }
        }
        if (problem == null && (other = names.defined.get(w.target())) != null) {
            problem = "its target '" + w.target() + "' is generated for '" + other.name() + "'";
        }
        if (problem != null) {
            problems.add(new Diagnostic(w.location(), w.name(), problem + ", declared at " + other.location(),
                    "rename one of the two"));
            return false;
        }
        defined.forEach(n -> names.defined.put(n, w));
        names.targets.put(w.target(), w);
        return true;
    }

    /** The names the sections of one run define, and the targets they call. */
    private static final class Names {
        final Map<String, Wrapper> defined = new HashMap<>();
        final Map<String, Wrapper> targets = new HashMap<>();
    }
}
