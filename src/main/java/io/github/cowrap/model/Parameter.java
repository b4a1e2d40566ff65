package io.github.cowrap.model;

/**
 * One parameter of a marked declaration.
 *
 * @param name the parameter's name
 * @param declaration the declaration as written in the header, comments removed and white space
 *     collapsed, e.g. {@code const void *buf} or {@code int (*cb)(void *opaque)}
 * @param member the declaration of the struct member that carries it; the same as {@code
 *     declaration} except that an array or function parameter becomes the pointer it decays to
 * @param type the declaration without the name, e.g. {@code const void *}
 */
public record Parameter(String name, String declaration, String member, String type) {}
