package io.github.cowrap.dialect;

import io.github.cowrap.model.Direction;

/**
 * How a wrapper's name gives the name of the function it calls. The one place where naming rules
 * live.
 */
public interface NamingRule {

    /**
     * The target's name for a wrapper of the given direction.
     *
     * @throws NamingException when the wrapper's name breaks the rule; the message says how
     */
    String target(Direction direction, String wrapper) throws NamingException;

    /** A short description for documentation and the report. */
    String describe();

    /** A name that breaks the naming rule. */
    final class NamingException extends Exception {
        private static final long serialVersionUID = 1L;

        public NamingException(String message) {
            super(message);
        }
    }

    /**
     * QEMU's rule: a co wrapper {@code S_NAME} calls {@code S_co_NAME}; a no_co wrapper {@code
     * S_co_NAME} calls {@code S_NAME}, where S is the text before the first underscore.
     */
    static NamingRule subsystem() {
        return SubsystemNaming.INSTANCE;
    }

    /**
     * A rule for code bases that name coroutine functions with a fixed prefix or suffix: the
     * coroutine function's name is {@code prefix + NAME + suffix}, the ordinary function's is
     * {@code NAME}.
     */
    static NamingRule affix(String prefix, String suffix) {
        return new AffixNaming(prefix == null ? "" : prefix, suffix == null ? "" : suffix);
    }

    /** The QEMU rule. */
    enum SubsystemNaming implements NamingRule {
        INSTANCE;

        @Override
        public String target(Direction direction, String wrapper) throws NamingException {
            if (direction == Direction.CO) {
                if (wrapper.contains("_co_")) {
                    throw new NamingException("a co wrapper's name must not contain '_co_': the wrapper is the"
                            + " function called outside coroutines and '" + wrapper + "' names a coroutine function;"
                            + " declare the plain name (for example bdrv_foo for bdrv_co_foo)");
                }
                int us = wrapper.indexOf('_');
                if (us <= 0 || us == wrapper.length() - 1) {
                    throw new NamingException("a co wrapper's name must be SUBSYSTEM_NAME (for example bdrv_pread),"
                            + " so that the target SUBSYSTEM_co_NAME can be derived; '" + wrapper
                            + "' has no subsystem prefix");
                }
                return wrapper.substring(0, us) + "_co_" + wrapper.substring(us + 1);
            }
            String[] words = wrapper.split("_", 3);
            if (words.length < 3 || !"co".equals(words[1]) || words[0].isEmpty() || words[2].isEmpty()) {
                throw new NamingException("a no_co wrapper's name must be SUBSYSTEM_co_NAME (for example"
                        + " bdrv_co_open), with 'co' as its second word, so that the target SUBSYSTEM_NAME can be"
                        + " derived; '" + wrapper + "' is not");
            }
            return words[0] + "_" + words[2];
        }

        @Override
        public String describe() {
            return "co: S_NAME calls S_co_NAME; no_co: S_co_NAME calls S_NAME";
        }
    }

    /** A prefix/suffix rule. */
    record AffixNaming(String prefix, String suffix) implements NamingRule {

        public AffixNaming {
            if (prefix.isEmpty() && suffix.isEmpty()) {
                throw new IllegalArgumentException("an affix naming rule needs a prefix or a suffix");
            }
        }

        @Override
        public String target(Direction direction, String wrapper) throws NamingException {
            if (direction == Direction.CO) {
                if (isCoroutineName(wrapper)) {
                    throw new NamingException("a co wrapper's name must be the plain name, without '" + prefix
                            + "NAME" + suffix + "' around it; '" + wrapper + "' names a coroutine function");
                }
                return prefix + wrapper + suffix;
            }
            if (!isCoroutineName(wrapper) || wrapper.length() == prefix.length() + suffix.length()) {
                throw new NamingException("a no_co wrapper's name must be " + prefix + "NAME" + suffix + "; '"
                        + wrapper + "' is not");
            }
            return wrapper.substring(prefix.length(), wrapper.length() - suffix.length());
        }

        private boolean isCoroutineName(String name) {
            return name.startsWith(prefix) && name.endsWith(suffix)
                    && name.length() >= prefix.length() + suffix.length();
        }

        @Override
        public String describe() {
            return "co: NAME calls " + prefix + "NAME" + suffix + "; no_co: " + prefix + "NAME" + suffix
                    + " calls NAME";
        }
    }
}
