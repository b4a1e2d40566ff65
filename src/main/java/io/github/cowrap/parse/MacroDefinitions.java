package io.github.cowrap.parse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Macro definitions as users write them, like gcc's {@code -D}: {@code NAME}, {@code NAME=VALUE},
 * {@code NAME(a, b)} or {@code NAME(a, b)=VALUE}. A definition without a value is empty (unlike
 * gcc's {@code -DNAME}, which means 1): the common use is an annotation macro that must vanish.
 */
public final class MacroDefinitions {

    private static final Pattern DEFINITION =
            Pattern.compile("\\s*(" + io.github.cowrap.model.CKeywords.IDENTIFIER.pattern()
                    + ")\\s*(\\([^)]*\\))?\\s*(?:=(.*))?", Pattern.DOTALL);

    private MacroDefinitions() {}

    /**
     * Parses definitions into the map CDT's scanner takes ({@code NAME} or {@code NAME(a,b)} to
     * the value); later definitions of a name replace earlier ones.
     *
     * @throws IllegalArgumentException naming the first definition that is malformed
     */
    public static Map<String, String> parse(List<String> definitions) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> keyByName = new LinkedHashMap<>();
        for (String d : definitions) {
            if (d == null) {
                continue;
            }
            Matcher m = DEFINITION.matcher(d);
            if (!m.matches()) {
                throw new IllegalArgumentException("malformed macro definition '" + d
                        + "': expected NAME, NAME=VALUE, NAME(a, b) or NAME(a, b)=VALUE");
            }
            String name = m.group(1);
            String key = m.group(2) == null ? name : name + m.group(2).replaceAll("\\s+", "");
            String previous = keyByName.put(name, key);
            if (previous != null) {
                out.remove(previous);
            }
            out.put(key, m.group(3) == null ? "" : m.group(3).strip());
        }
        return out;
    }
}
