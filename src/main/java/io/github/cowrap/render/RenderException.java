package io.github.cowrap.render;

/** A template that cannot be found, parsed or merged. */
public final class RenderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
