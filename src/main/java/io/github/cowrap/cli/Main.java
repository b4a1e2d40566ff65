package io.github.cowrap.cli;

import io.github.cowrap.check.TargetCheck;
import io.github.cowrap.dialect.Dialect;
import io.github.cowrap.dialect.DialectBuilder;
import io.github.cowrap.dialect.Dialects;
import io.github.cowrap.dialect.InvalidDialectException;
import io.github.cowrap.dialect.MarkSpec;
import io.github.cowrap.dialect.NamingSpec;
import io.github.cowrap.generate.CowrapException;
import io.github.cowrap.generate.GenerationRequest;
import io.github.cowrap.generate.Generator;
import io.github.cowrap.generate.OutputPaths;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
            "  --dialect NAME          " + String.join(" or ", Dialects.names())
                    + " (default qemu); with marks, the name of your dialect",
            "  --template-dir DIR      templates here replace the built-in ones",
            "  --marks FILE            declare your own marks, one a line: NAME co|no_co [mixed] [lock=NAME]",
            "  --mark 'NAME co|no_co [mixed] [lock=NAME]'  declare one mark (repeatable)",
            "  --naming-prefix TEXT    with marks: the coroutine function of NAME is TEXT + NAME",
            "  --naming-suffix TEXT    with marks: the coroutine function of NAME is NAME + TEXT",
            "                          (neither: QEMU's rule, S_NAME and S_co_NAME)",
            "  --coroutine-annotation NAME  with marks: the annotation of coroutine functions (default: none)",
            "  --target-check error|warn|off  a target declared in no parsed file: error, warning (default)"
                    + " or no check",
            "  --include TEXT          an #include \"TEXT\" line of the output (repeatable; default: the dialect's)",
            "  -I DIR                  resolve #include directives in DIR (repeatable)",
            "  -D NAME[(a,b)][=VALUE]  define a macro for the parser (repeatable; no value means empty)",
            "  --encoding NAME         the headers' encoding (default UTF-8)",
            "  -h, --help              show this help",
            "  --version               show the version",
            "exit status: 0 written or unchanged (warnings as file:line:column: warning: ...), 1 input rejected"
                    + " (file:line:column: error: ...), 2 bad usage");

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        String dialectName = null;
        Path templates = null;
        List<String> macros = new ArrayList<>();
        List<String> includes = new ArrayList<>();
        List<Path> includePaths = new ArrayList<>();
        List<MarkSpec> marks = new ArrayList<>();
        NamingSpec naming = new NamingSpec();
        Charset encoding = StandardCharsets.UTF_8;
        List<String> positional = new ArrayList<>();
        List<Path> marksFiles = new ArrayList<>();
        String coroutineAnnotation = null;
        TargetCheck targetCheck = TargetCheck.DEFAULT;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                String option = a.startsWith("--") && a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
                String inline = option.equals(a) ? null : a.substring(option.length() + 1);
                switch (option) {
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    case "--version" -> {
                        out.println("cowrap " + version());
                        return 0;
                    }
                    case "--dialect" -> dialectName = inline != null ? inline : value(args, ++i, a);
                    case "--template-dir" -> templates = Path.of(inline != null ? inline : value(args, ++i, a));
                    case "--include" -> includes.add(inline != null ? inline : value(args, ++i, a));
                    case "--encoding" -> encoding = charset(inline != null ? inline : value(args, ++i, a));
                    case "--marks" -> {
                        String file = inline != null ? inline : value(args, ++i, a);
                        marksFiles.add(Path.of(file));
                        marks.addAll(readMarks(file));
                    }
                    case "--mark" -> marks.add(MarksFile.parseLine(inline != null ? inline : value(args, ++i, a),
                            "--mark"));
                    case "--naming-prefix" -> naming.setPrefix(inline != null ? inline : value(args, ++i, a));
                    case "--naming-suffix" -> naming.setSuffix(inline != null ? inline : value(args, ++i, a));
                    case "--coroutine-annotation" -> coroutineAnnotation = inline != null ? inline
                            : value(args, ++i, a);
                    case "--target-check" -> targetCheck = TargetCheck.parse(inline != null ? inline
                            : value(args, ++i, a));
                    case "-D" -> macros.add(value(args, ++i, a));
                    case "-I" -> includePaths.add(Path.of(value(args, ++i, a)));
                    case "--" -> {
                        positional.addAll(List.of(args).subList(i + 1, args.length));
                        i = args.length;
                    }
                    default -> {
                        if (a.startsWith("-D") && a.length() > 2) {
                            macros.add(a.substring(2));
                        } else if (a.startsWith("-I") && a.length() > 2) {
                            includePaths.add(Path.of(a.substring(2)));
                        } else if (a.startsWith("-") && a.length() > 1) {
                            throw new UsageException("unknown option " + a);
                        } else {
                            positional.add(a);
                        }
                    }
                }
            }
            if (positional.size() < 2) {
                throw new UsageException(positional.isEmpty() ? "expected OUT.c and at least one IN.h"
                        : "expected at least one IN.h after " + positional.get(0));
            }
            if (naming.isAffix() && marks.isEmpty()) {
                throw new UsageException("--naming-prefix and --naming-suffix go with --marks or --mark");
            }
            if (templates != null) {
                requireDirectory(templates, "--template-dir");
            }
            for (Path p : includePaths) {
                requireDirectory(p, "-I");
            }
            if (coroutineAnnotation != null && marks.isEmpty()) {
                throw new UsageException("--coroutine-annotation goes with --marks or --mark (the built-in dialects"
                        + " use coroutine_fn)");
            }
        } catch (MarksFile.MalformedException e) {
            e.diagnostics().forEach(d -> err.println(d.format()));
            return 2;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("cowrap: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Dialect dialect;
        try {
            dialect = DialectBuilder.resolve(dialectName, marks, naming, coroutineAnnotation, templates);
        } catch (InvalidDialectException e) {
            e.problems().forEach(p -> err.println("cowrap: error: " + p));
            return 2;
        }
        Path cwd = Path.of("").toAbsolutePath();
        GenerationRequest request = new GenerationRequest(dialect,
                positional.subList(1, positional.size()).stream().map(Path::of).toList(), cwd,
                Path.of(positional.get(0)), includes.isEmpty() ? null : includes, templates, macros, includePaths,
                encoding, targetCheck);
        try {
            OutputPaths.refuseInputs(request.outputFile(), marksFiles);
            new Generator().generate(request).warnings().forEach(d -> err.println(d.format()));
            return 0;
        } catch (CowrapException e) {
            if (e.diagnostics().isEmpty()) {
                err.println("cowrap: error: " + e.getMessage());
            } else {
                e.all().forEach(d -> err.println(d.format()));
            }
            return 1;
        }
    }

    /** The charset named on the command line. */
    private static Charset charset(String name) throws UsageException {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalArgumentException e) {
            throw new UsageException("--encoding " + name + ": unknown encoding; give a charset name such as"
                    + " UTF-8 or ISO-8859-1");
        }
    }

    private static void requireDirectory(Path dir, String option) throws UsageException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(option + " " + dir + ": " + (Files.exists(dir) ? "not a directory"
                    : "no such directory (resolved against " + Path.of("").toAbsolutePath() + ")"));
        }
    }

    private static List<MarkSpec> readMarks(String file) throws UsageException, MarksFile.MalformedException {
        try {
            return MarksFile.read(Path.of(file), file);
        } catch (NoSuchFileException e) {
            throw new UsageException("marks file " + file + " does not exist");
        } catch (IOException e) {
            throw new UsageException("cannot read marks file " + file + ": " + e.getMessage());
        }
    }

    private static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null ? "(development build)" : v;
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
