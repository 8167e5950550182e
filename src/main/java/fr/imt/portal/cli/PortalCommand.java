package fr.imt.portal.cli;

import fr.imt.portal.content.Catalogue;
import fr.imt.portal.model.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.ResourceBundle;

/**
 * {@code java -jar portal.jar [build|validate|serve|search|schemas] …}: a thin layer over
 * {@link fr.imt.portal.SiteBuilder}. Exit code 0 on success, 1 when the content has problems,
 * 2 on a usage error.
 */
@Command(name = "portal", mixinStandardHelpOptions = true, version = "portal 1.0",
        description = "Builds the HRS4R and COP transparency portal of the site folder from content/, templates/ and assets/.",
        subcommands = {BuildCommand.class, ValidateCommand.class, ServeCommand.class, SearchCommand.class,
                SchemasCommand.class, NewCommand.class},
        exitCodeOnInvalidInput = 2)
public final class PortalCommand implements Runnable {

    /** The commands' help, in French and English ({@code messages/help_<lang>.properties}). */
    static final String HELP = "messages.help";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // "build" is the default subcommand.
        spec.commandLine().getSubcommands().get("build").execute();
    }

    /**
     * The command line, its help in the editor's language: {@code --lang} and {@code --source}
     * are looked for in {@code args} before parsing, as the help is printed while parsing.
     */
    public static CommandLine commandLine(String[] args) {
        Lang option = null;
        Path source = Path.of(".");
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : "";
            if (args[i].startsWith("--lang=") || args[i].startsWith("--source=")) {
                value = args[i].substring(args[i].indexOf('=') + 1);
            }
            String given = value.strip();
            if (args[i].startsWith("--lang")) {
                option = Arrays.stream(Lang.values()).filter(l -> l.code().equalsIgnoreCase(given)).findFirst().orElse(null);
                // An invalid value is said by the option itself (LanguageOption.Code).
            } else if (args[i].startsWith("--source") && !value.isEmpty()) {
                source = Path.of(value);
            }
        }
        Lang lang = EditorLanguage.choose(option, System.getenv(), source);
        CommandLine cli = new CommandLine(new PortalCommand());
        cli.setResourceBundle(ResourceBundle.getBundle(HELP, lang.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        Catalogue say = Catalogue.in(lang);
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println(usageError(e, say));
            command.getErr().println(say.say("cli.seeHelp", command.getCommandSpec().qualifiedName()));
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cli;
    }

    /** A mistake in the command line, in the editor's language. */
    private static String usageError(CommandLine.ParameterException e, Catalogue say) {
        if (e instanceof CommandLine.MissingParameterException missing) {
            return say.say("cli.missing", missing.getMissing().stream().map(arg -> arg instanceof CommandLine.Model.OptionSpec o
                    ? o.longestName() : arg.paramLabel()).toList());
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return say.say("cli.notUnderstood", unmatched.getUnmatched());
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            String name = e.getArgSpec() instanceof CommandLine.Model.OptionSpec o ? o.longestName() : e.getArgSpec().paramLabel();
            if (e.getCause() instanceof DeployOptions.Refused refused) {
                // A setting given on the command line, refused with what was expected, already in the editor's language.
                return name + ": " + refused.getMessage();
            }
            return say.say("cli.invalid", name, e.getValue(), e.getArgSpec().paramLabel());
        }
        // Our own refusals (such as "say what to start") are already in the editor's language.
        return e.getMessage();
    }

    public static void main(String[] args) {
        CommandLine cli = commandLine(args);
        int code = args.length == 0 ? cli.getSubcommands().get("build").execute() : cli.execute(args);
        System.exit(code);
    }
}
