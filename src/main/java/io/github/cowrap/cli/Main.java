package io.github.cowrap.cli;

import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.GenerationResult;
import io.github.cowrap.generate.Generator;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line, for builds that are not Maven's. Takes the same positional arguments as
 * QEMU's generator script, so a meson {@code custom_target} can call it unchanged:
 *
 * <pre>java -jar cowrap-maven-plugin-VERSION-cli.jar [options] OUT.c IN.h...</pre>
 *
 * <p>Exit status 0 on success, 1 on rejected input, 2 on bad usage.
 */
public final class Main {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: cowrap [options] OUT.c IN.h...",
            "  --dialect NAME        " + String.join(" or ", Dialects.names()) + " (default qemu)",
            "  --template-dir DIR    templates here replace the built-in ones",
            "  --include TEXT        an #include \"TEXT\" line of the output (repeatable; default: the dialect's)",
            "  -I DIR                resolve #include directives in DIR (repeatable)",
            "  -D NAME[(a,b)][=VALUE]  define a macro for the parser (repeatable; no value means empty)",
            "  --encoding NAME       the headers' encoding (default UTF-8)",
            "  -h, --help            show this help");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String dialectName = Dialects.QEMU;
        Path templates = null;
        List<String> macros = new ArrayList<>();
        List<String> includes = new ArrayList<>();
        List<Path> includePaths = new ArrayList<>();
        Charset encoding = Charset.forName("UTF-8");
        List<String> positional = new ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    out.println(USAGE);
                    return 0;
                } else if (a.equals("--dialect")) {
                    dialectName = value(args, ++i, a);
                } else if (a.startsWith("--dialect=")) {
                    dialectName = a.substring("--dialect=".length());
                } else if (a.equals("--template-dir")) {
                    templates = Path.of(value(args, ++i, a));
                } else if (a.startsWith("--template-dir=")) {
                    templates = Path.of(a.substring("--template-dir=".length()));
                } else if (a.equals("--include")) {
                    includes.add(value(args, ++i, a));
                } else if (a.equals("--encoding")) {
                    encoding = Charset.forName(value(args, ++i, a));
                } else if (a.equals("-D")) {
                    macros.add(value(args, ++i, a));
                } else if (a.startsWith("-D") && a.length() > 2) {
                    macros.add(a.substring(2));
                } else if (a.equals("-I")) {
                    includePaths.add(Path.of(value(args, ++i, a)));
                } else if (a.startsWith("-I") && a.length() > 2) {
                    includePaths.add(Path.of(a.substring(2)));
                } else if (a.equals("--")) {
                    positional.addAll(List.of(args).subList(i + 1, args.length));
                    break;
                } else if (a.startsWith("-") && a.length() > 1) {
                    throw new UsageException("unknown option " + a);
                } else {
                    positional.add(a);
                }
            }
            if (positional.size() < 2) {
                throw new UsageException("expected OUT.c and at least one IN.h");
            }
        } catch (UsageException | IllegalArgumentException e) {
            err.println("cowrap: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        String name = dialectName;
        Dialect dialect = Dialects.find(name).orElse(null);
        if (dialect == null) {
            err.println("cowrap: unknown dialect '" + name + "'; the dialects are " + String.join(", ", Dialects.names()));
            return 2;
        }
        Path cwd = Path.of("").toAbsolutePath();
        GenerationRequest request = new GenerationRequest(dialect,
                positional.subList(1, positional.size()).stream().map(Path::of).toList(), cwd,
                Path.of(positional.get(0)), includes.isEmpty() ? null : includes, templates, macros, includePaths,
                encoding);
        try {
            GenerationResult r = new Generator().generate(request);
            return r == null ? 1 : 0;
        } catch (CowrapException e) {
            if (e.diagnostics().isEmpty()) {
                err.println("cowrap: error: " + e.getMessage());
            } else {
                e.diagnostics().forEach(d -> err.println(d.format()));
            }
            return 1;
        }
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
