package io.github.cowrap.maven;

import io.github.cowrap.model.Diagnostic;
import java.io.File;
import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.logging.Log;
import org.codehaus.plexus.build.BuildContext;

/**
 * Reports a run's diagnostics once each: on the console in the compilers' format ({@code
 * file:line:column: error: ...}), and, in an IDE (m2e), as markers on the header through the
 * {@link BuildContext}.
 */
final class DiagnosticReporter {

    private final Log log;
    private final BuildContext buildContext;
    private final Path basedir;

    /**
     * @param buildContext the IDE's view of the build, or null
     * @param basedir the directory the diagnostics' paths are relative to
     */
    DiagnosticReporter(Log log, BuildContext buildContext, Path basedir) {
        this.log = log;
        this.buildContext = markers(buildContext) ? buildContext : null;
        this.basedir = basedir;
    }

    /** Clears the markers a previous build left on these inputs. */
    void clear(List<Path> inputs) {
        if (buildContext != null) {
            inputs.forEach(p -> buildContext.removeMessages(p.toFile()));
        }
    }

    void report(List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            if (d.isError()) {
                log.error(d.format());
            } else {
                log.warn(d.format());
            }
            if (buildContext != null) {
                File file = basedir.resolve(d.location().file()).toFile();
                buildContext.addMessage(file, d.location().line(), d.location().column(), d.text(),
                        d.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
            }
        }
    }

    /**
     * Whether messages go to the build context as well as to the log: not on the command line,
     * where plexus-build-api's default context would only log each message a second time. That
     * default is recognized by the legacy context it wraps (a private field: the API has no
     * question for it).
     */
    static boolean markers(BuildContext context) {
        if (context == null) {
            return false;
        }
        if (context.getClass() != org.codehaus.plexus.build.DefaultBuildContext.class) {
            return true;
        }
        try {
            Field legacy = org.codehaus.plexus.build.DefaultBuildContext.class.getDeclaredField("legacy");
            legacy.setAccessible(true);
            Object wrapped = legacy.get(context);
            return wrapped != null && !wrapped.getClass().getName()
                    .equals("org.sonatype.plexus.build.incremental.DefaultBuildContext");
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
