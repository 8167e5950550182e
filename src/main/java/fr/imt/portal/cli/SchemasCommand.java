package fr.imt.portal.cli;

import fr.imt.portal.content.Catalogue;
import fr.imt.portal.content.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** Writes the JSON Schemas of the content (and the schema comment of every YAML file) from the rules the build checks. */
@Command(name = "schemas", mixinStandardHelpOptions = true,
        description = {"Writes content/schemas/*.schema.json and .vscode/settings.json from the rules the build checks,"
                + " and puts the schema comment at the top of every YAML file of content/ that lacks it.",
                "With --check, writes nothing and fails if any of them is out of date."})
final class SchemasCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", description = "Site folder holding content/ (default: the current folder).")
    Path source = Path.of(".");

    @Option(names = "--check", description = "Only report the files that are out of date (exit 1 if any).")
    boolean check;

    @Mixin
    LanguageOption language = new LanguageOption();

    @Override
    public Integer call() {
        Catalogue say = Catalogue.in(language.choose(source));
        if (check) {
            List<Schemas.Stale> stale = Schemas.stale(source);
            stale.forEach(f -> System.err.println(say.say(f.commentMissing() ? "schemas.noComment" : "schemas.stale", f.file())));
            if (!stale.isEmpty()) {
                return 1;
            }
            System.out.println(say.say("schemas.upToDate"));
            return 0;
        }
        List<String> changed = Schemas.write(source);
        changed.forEach(f -> System.out.println(say.say("schemas.wrote", f)));
        System.out.println(say.say("schemas.written", changed.size()));
        return 0;
    }
}
