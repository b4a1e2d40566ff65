package io.github.cowrap.dialect;

/**
 * How a user-defined dialect derives a wrapper's target, as configured: a plain bean so that
 * Maven can fill it from a {@code <naming>} element. With a prefix and/or a suffix, the coroutine
 * function of {@code NAME} is {@code prefix + NAME + suffix}; with neither, QEMU's rule applies.
 */
public class NamingSpec {

    private String prefix;
    private String suffix;

    public NamingSpec() {}

    public NamingSpec(String prefix, String suffix) {
        this.prefix = prefix;
        this.suffix = suffix;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public String getSuffix() {
        return suffix;
    }

    public void setSuffix(String suffix) {
        this.suffix = suffix;
    }

    /** Whether a prefix or a suffix is set. */
    public boolean isAffix() {
        return !(prefix == null || prefix.isBlank()) || !(suffix == null || suffix.isBlank());
    }
}
