package io.github.cowrap.check;

import java.util.Locale;

/**
 * What the target check does where the declarations cannot show that a wrapper fits its target
 * (the configuration's {@code targetCheck}): a target declared in none of the parsed files, or a
 * co wrapper's target that lacks the dialect's coroutine annotation. A declared target that
 * contradicts its wrapper (a type, the parameter count, a no_co wrapper's target declared a
 * coroutine function) is an error except under {@link #OFF}.
 */
public enum TargetCheck {
    /** A target declared nowhere, or a co wrapper's target without the annotation, is an error. */
    ERROR,
    /** The same is a warning (the default). */
    WARN,
    /** Targets are not checked: neither a missing target nor a mismatch is reported. */
    OFF;

    /** The default. */
    public static final TargetCheck DEFAULT = WARN;

    /** The configuration's spelling: {@code error}, {@code warn} or {@code off}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the configuration's spelling (case and surrounding blanks ignored); null or blank gives
     * the default.
     *
     * @throws IllegalArgumentException for any other value, with a message that lists the valid ones
     */
    public static TargetCheck parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (TargetCheck t : values()) {
            if (t.id().equals(v) || (t == WARN && v.equals("warning"))) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown targetCheck '" + value.strip() + "'; expected error, warn or off");
    }
}
