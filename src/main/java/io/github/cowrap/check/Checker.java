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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks marked declarations against a dialect's rules and turns the good ones into wrappers: the
 * naming rule, the names the generated code reserves, the dialect's own rules, and collisions
 * between wrappers across all headers of a run.
 */
public final class Checker {

    /** Names the generated code declares itself; a parameter may not take them. */
    public static final Set<String> RESERVED_NAMES = Set.of("s", "ret", "opaque", "poll_state", "co");

    private final Dialect dialect;

    public Checker(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Checks the headers of one run, in order. */
    public List<Header> check(List<ParsedHeader> parsed) {
        Map<String, MarkedDeclaration> byName = new HashMap<>();
        Names names = new Names();
        List<Header> headers = new ArrayList<>();
        for (ParsedHeader header : parsed) {
            List<Wrapper> wrappers = new ArrayList<>();
            List<Diagnostic> problems = new ArrayList<>(header.problems());
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
                    wrappers.add(w);
                }
            }
            problems.sort(java.util.Comparator.comparingInt((Diagnostic p) -> p.location().line())
                    .thenComparingInt(p -> p.location().column()));
            headers.add(new Header(header.path(), wrappers, problems));
        }
        return headers;
    }

    private Wrapper wrapper(MarkedDeclaration d, List<Diagnostic> problems) {
        int before = problems.size();
        String target = null;
        try {
            target = dialect.naming().target(d.mark().direction(), d.name());
        } catch (NamingException e) {
            problems.add(Diagnostic.of(d.location(), d.name(), e.getMessage()));
        }
        for (int i = 0; i < d.parameters().size(); i++) {
            Parameter p = d.parameters().get(i);
            if (RESERVED_NAMES.contains(p.name())) {
                problems.add(new Diagnostic(d.parameterLocations().get(i), d.name(), "parameter '" + p.name()
                        + "' collides with a name the generated code uses (" + String.join(", ",
                                RESERVED_NAMES.stream().sorted().toList()) + ")", "rename the parameter"));
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
     * Records the global names a wrapper's section defines and the target it calls; reports a name
     * that another section defines, or a function that would be both a wrapper and a target.
     */
    private boolean noCollision(Wrapper w, Names names, List<Diagnostic> problems) {
        List<String> defined = List.of(w.name(), w.structName(),
                w.target() + (w.mark().direction() == Direction.CO ? "_entry" : "_bh"));
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
