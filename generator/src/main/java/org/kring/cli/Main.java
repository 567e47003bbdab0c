package org.kring.cli;

import org.kring.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kring} command. Exit codes: 0 ok, 1 content errors, 2 wrong usage. */
@Command(name = "kring", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Builds a multilingual group-care curriculum website from Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, NewCommand.class, ServeCommand.class,
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
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new Errors());
        return cli.execute(args);
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
