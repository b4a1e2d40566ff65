package io.github.cowrap.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.resource.Resource;
import org.apache.velocity.runtime.resource.loader.ResourceLoader;
import org.apache.velocity.util.ExtProperties;

/**
 * The only place Velocity reads templates from: the template directory's files as the run read
 * them (so what is rendered is what the up-to-date state digested), then the built-in templates
 * on the class path. Any other name, and any name that climbs out with {@code ..} or is absolute,
 * is refused: a template cannot {@code #parse} or {@code #include} a file outside these.
 */
final class TemplateLoader extends ResourceLoader {

    private final Map<String, byte[]> directory;
    private final String directoryShown;
    /** Why each refused name was refused: Velocity reports only "unable to find". */
    private final Map<String, String> refusals = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param directory the template directory's files by relative name, with '/'
     * @param directoryShown the template directory as the user knows it, or null when there is none
     */
    TemplateLoader(Map<String, byte[]> directory, String directoryShown) {
        this.directory = directory;
        this.directoryShown = directoryShown;
    }

    @Override
    public void init(ExtProperties configuration) {
        // configured by its constructor
    }

    /** Whether the template directory has this file. */
    boolean inDirectory(String name) {
        return directory.containsKey(name);
    }

    @Override
    public Reader getResourceReader(String source, String encoding) {
        String name = normalize(source);
        if (name == null) {
            throw refuse(source, "template '" + source + "' is outside the templates: a template may only read "
                    + where() + " (no '..', no absolute path)");
        }
        try {
            byte[] bytes = directory.get(name);
            if (bytes != null) {
                return buildReader(new ByteArrayInputStream(bytes), encoding);
            }
            if (name.startsWith(TemplateFiles.BUILT_IN)) {
                InputStream in = TemplateLoader.class.getClassLoader().getResourceAsStream(name);
                if (in != null) {
                    return buildReader(in, encoding);
                }
            }
        } catch (IOException e) {
            throw new ResourceNotFoundException("template '" + source + "': " + e.getMessage(), e);
        }
        throw refuse(source, "template '" + source + "' not found: templates are read only from " + where());
    }

    private ResourceNotFoundException refuse(String source, String why) {
        refusals.put(source, why);
        return new ResourceNotFoundException(why);
    }

    /** Why the name in Velocity's "unable to find resource 'NAME'" message was refused, or null. */
    String refusal(String velocityMessage) {
        if (velocityMessage == null) {
            return null;
        }
        for (Map.Entry<String, String> e : refusals.entrySet()) {
            if (velocityMessage.contains("'" + e.getKey() + "'")) {
                return e.getValue();
            }
        }
        return null;
    }

    private String where() {
        return directoryShown == null ? "the built-in set"
                : "the template directory " + directoryShown + " and the built-in set";
    }

    /** The name relative to the roots, without {@code .} or empty segments; null when it leaves them. */
    static String normalize(String source) {
        if (source == null) {
            return null;
        }
        String s = source.replace('\\', '/');
        if (s.startsWith("/") || s.matches("^[A-Za-z]:.*") || s.indexOf('\0') >= 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (String part : s.split("/")) {
            if (part.equals("..")) {
                return null;
            }
            if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }

    @Override
    public boolean isSourceModified(Resource resource) {
        return false;
    }

    @Override
    public long getLastModified(Resource resource) {
        return 0;
    }
}
