package io.github.cowrap.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything one run found, in output order: headers in configured order, declarations in source
 * order.
 *
 * @param dialect the dialect's name
 * @param headers each input header's result
 * @param includes the {@code #include} lines of the output, as the text between the quotes
 */
public record Generation(String dialect, List<Header> headers, List<String> includes) {

    public Generation {
        headers = List.copyOf(headers);
        includes = List.copyOf(includes);
    }

    public List<Wrapper> wrappers() {
        List<Wrapper> all = new ArrayList<>();
        headers.forEach(h -> all.addAll(h.wrappers()));
        return all;
    }

    /** The errors: any of them rejects the run. */
    public List<Diagnostic> problems() {
        List<Diagnostic> all = new ArrayList<>();
        headers.forEach(h -> all.addAll(h.problems()));
        return all;
    }

    /** The warnings, which do not fail the run. */
    public List<Diagnostic> warnings() {
        List<Diagnostic> all = new ArrayList<>();
        headers.forEach(h -> all.addAll(h.warnings()));
        return all;
    }
}
