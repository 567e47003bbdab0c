package org.kring.cli;

import org.kring.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kring} command. Exit codes: 0 ok, 1 content errors, 2 wrong usage. */
@Command(name = "kring", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Builds a multilingual group-care curriculum website from Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ImportCommand.class, ServeCommand.class,
                TranslateCommand.class, CourseCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
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
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Errors(verbose));
        try {
            return cli.execute(args);
        } catch (Throwable t) {
            // An Error (a stack overflow, no memory) is not handed to the handler: it ends here, in one line.
            return Errors.unexpected(t, verbose, cli.getErr());
        }
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
