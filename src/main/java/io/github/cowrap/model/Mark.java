package io.github.cowrap.model;

import java.util.Objects;

/**
 * A mark that a header puts on a declaration to ask for a wrapper.
 *
 * @param name the identifier written in the header, e.g. {@code co_wrapper_mixed_bdrv_rdlock}
 * @param direction whether the declared function calls into a coroutine or out of one
 * @param mixed whether a co wrapper called inside a coroutine calls its target directly
 * @param lock the lock taken around the call, a name the templates interpret ({@code none},
 *     {@code rdlock}, {@code wrlock} for the built-in dialects)
 */
public record Mark(String name, Direction direction, boolean mixed, String lock) {

    public static final String NO_LOCK = "none";

    public Mark {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        lock = lock == null || lock.isBlank() ? NO_LOCK : lock;
    }

    public boolean locked() {
        return !NO_LOCK.equals(lock);
    }
}
