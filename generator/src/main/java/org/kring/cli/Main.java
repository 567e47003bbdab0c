package org.kring.cli;

import org.kring.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kring} command. Exit codes: 0 ok, 1 content errors, 2 wrong usage. */
@Command(name = "kring", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Builds a multilingual group-care curriculum website from Markdown.")
public final class Main implements Runnable {
    /**
     * The commands, by name, in the order help lists them. Picocli reads a command's annotations by reflection
     * when it is added, a third of a second for all of them: a run adds only the command it runs, so a build
     * that finds nothing to do answers in half a second.
     */
    static final java.util.Map<String, Class<?>> COMMANDS = commands();

    private static java.util.Map<String, Class<?>> commands() {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        m.put("build", BuildCommand.class);
        m.put("check", CheckCommand.class);
        m.put("new", NewCommand.class);
        m.put("import", ImportCommand.class);
        m.put("serve", ServeCommand.class);
        m.put("translate", TranslateCommand.class);
        m.put("course", CourseCommand.class);
        m.put("bench", BenchCommand.class);
        m.put("help", CommandLine.HelpCommand.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        boolean verbose = java.util.Arrays.asList(args).contains("--verbose")
                || "1".equals(System.getenv("KRING_VERBOSE"));
        // --verbose works with every command: where a command has no --verbose of its own, it only asks for the
        // details of an unexpected failure, so it is taken out before the command line is read.
        boolean own = args.length > 0 && (args[0].equals("build")
                || args[0].equals("translate") && args.length > 1 && args[1].equals("status"));
        if (!own) {
            args = java.util.Arrays.stream(args).filter(a -> !a.equals("--verbose")).toArray(String[]::new);
        }
        CommandLine cli = commandLine(args);
        cli.setExecutionExceptionHandler(new Errors(verbose));
        try {
            return cli.execute(args);
        } catch (Throwable t) {
            // An Error (a stack overflow, no memory) is not handed to the handler: it ends here, in one line.
            return Errors.unexpected(t, verbose, cli.getErr());
        }
    }

    /**
     * The command line for {@code args}: with only the command they name, or with every command (for help, a
     * mistyped command's suggestions, or no command at all).
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> only = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (only != null) {
            cli.addSubcommand(only);
        } else {
            COMMANDS.values().forEach(cli::addSubcommand);
        }
        return cli;
    }

    /** The last resort of {@link #run}, for tests that feed it what no command would throw on purpose. */
    public static int runErrorHandlerForTest(Throwable t, boolean verbose, java.io.PrintWriter err) {
        return Errors.unexpected(t, verbose, err);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: try 'kring build'");
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"kring " + Version.get()};
        }
    }
}
