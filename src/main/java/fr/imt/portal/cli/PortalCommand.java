package fr.imt.portal.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar portal.jar [build|validate|serve|search|schemas] …}: a thin layer over
 * {@link fr.imt.portal.SiteBuilder}. Exit code 0 on success, 1 when the content has problems,
 * 2 on a usage error.
 */
@Command(name = "portal", mixinStandardHelpOptions = true, version = "portal 1.0",
        description = "Builds IMT's HRS4R and COP transparency portal from content/, templates/ and assets/.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, SearchCommand.class,
                SchemasCommand.class, NewCommand.class},
        exitCodeOnInvalidInput = 2)
public final class PortalCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // "build" is the default subcommand.
        spec.commandLine().getSubcommands().get("build").execute();
    }

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new PortalCommand());
        int code = args.length == 0 ? cli.getSubcommands().get("build").execute() : cli.execute(args);
        System.exit(code);
    }
}
