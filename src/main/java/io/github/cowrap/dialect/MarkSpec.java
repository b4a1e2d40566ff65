package io.github.cowrap.dialect;

/**
 * One mark of a user-defined dialect, as configured: a plain bean so that Maven can fill it from
 * {@code <mark>} elements and the command line from a marks file. {@link DialectBuilder} checks it
 * and turns it into a {@link io.github.cowrap.model.Mark}.
 */
public class MarkSpec {

    private String name;
    private String direction = "co";
    private boolean mixed;
    private String lock;

    public MarkSpec() {}

    public MarkSpec(String name, String direction, boolean mixed, String lock) {
        this.name = name;
        this.direction = direction;
        this.mixed = mixed;
        this.lock = lock;
    }

    /** The identifier written in headers, e.g. {@code TASK_BLOCKING}. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** {@code co} (the default) or {@code no_co}. */
    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    /** Whether a co wrapper called inside a coroutine calls its target directly. */
    public boolean isMixed() {
        return mixed;
    }

    public void setMixed(boolean mixed) {
        this.mixed = mixed;
    }

    /** The lock taken around the call: a name the templates interpret; none when not set. */
    public String getLock() {
        return lock;
    }

    public void setLock(String lock) {
        this.lock = lock;
    }

    @Override
    public String toString() {
        return name + " " + direction + (mixed ? " mixed" : "") + (lock == null ? "" : " lock=" + lock);
    }
}
