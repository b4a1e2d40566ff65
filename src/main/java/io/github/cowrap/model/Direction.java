package io.github.cowrap.model;

/** Which way a wrapper crosses the coroutine boundary. */
public enum Direction {
    /** The wrapper is an ordinary function that runs a coroutine function to completion. */
    CO("co"),
    /** The wrapper is a coroutine function that runs an ordinary function in a bottom half. */
    NO_CO("no_co");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    /** The name used in configuration and template names: {@code co} or {@code no_co}. */
    public String id() {
        return id;
    }

    public static Direction fromId(String id) {
        for (Direction d : values()) {
            if (d.id.equals(id)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown direction '" + id + "' (expected co or no_co)");
    }

    @Override
    public String toString() {
        return id;
    }
}
