package fr.imt.portal.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every command's help is written in the editor's language: each command, option and positional
 * parameter of every command (down to {@code new update milestone}) has its description in
 * messages/help_fr|en.properties, so that none falls back to the English written in the code.
 */
class HelpCatalogueTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyCommandOptionAndParameterIsDescribedInTheCatalogue(String lang) throws IOException {
        Properties help = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/messages/help_" + lang + ".properties"),
                StandardCharsets.UTF_8)) {
            help.load(in);
        }
        List<String> missing = new ArrayList<>();
        walk(new CommandLine(new PortalCommand()).getCommandSpec(), help, missing);
        assertEquals(List.of(), missing, "help_" + lang + ".properties lacks these descriptions");
    }

    private static void walk(CommandSpec command, Properties help, List<String> missing) {
        String name = command.qualifiedName(".");
        if (!help.containsKey(name + ".usage.description")) {
            missing.add(name + ".usage.description");
        }
        List<ArgSpec> args = new ArrayList<>(command.options());
        args.addAll(command.positionalParameters());
        for (ArgSpec arg : args) {
            if (arg.hidden()) {
                continue;
            }
            String key = arg.descriptionKey();
            if (key == null || key.isEmpty()) {
                key = arg instanceof OptionSpec o ? o.longestName().replaceFirst("^-+", "") : arg.paramLabel();
            }
            // picocli looks for the command's own key first, then the key shared by every command.
            if (!help.containsKey(name + "." + key) && !help.containsKey(key)) {
                missing.add(name + "." + key);
            }
        }
        command.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), help, missing));
    }
}
