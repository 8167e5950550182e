package fr.imt.portal.cli;

import fr.imt.portal.model.Lang;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code --lang}, taken by the commands editors run: the language of their messages. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "fr|en",
            description = "The language of the messages (default: the locale, else editor.lang in site.properties, else fr).")
    Lang lang;

    /** The language to speak to the editor in, for the site in {@code source}. */
    Lang choose(Path source) {
        return EditorLanguage.choose(lang, System.getenv(), source);
    }
}
