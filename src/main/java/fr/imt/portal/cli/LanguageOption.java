package fr.imt.portal.cli;

import fr.imt.portal.model.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Arrays;

/** {@code --lang}, taken by the commands editors run: the language of their messages. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "fr|en", converter = Code.class,
            description = "The language of the messages (default: the locale, else editor.lang in site.properties, else fr).")
    Lang lang;

    /** fr or en, in any case. */
    static final class Code implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return Arrays.stream(Lang.values()).filter(l -> l.code().equalsIgnoreCase(value.strip())).findFirst()
                    .orElseThrow(() -> new CommandLine.TypeConversionException("fr or en, not \"" + value + "\""));
        }
    }

    /** The language to speak to the editor in, for the site in {@code source}. */
    Lang choose(Path source) {
        return EditorLanguage.choose(lang, System.getenv(), source);
    }
}
