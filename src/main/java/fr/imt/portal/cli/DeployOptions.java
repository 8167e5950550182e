package fr.imt.portal.cli;

import fr.imt.portal.content.Catalogue;
import fr.imt.portal.content.SettingsCheck;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a build will be served, when it differs from site.properties: a continuous-deployment job
 * passes the address its host gives (GitHub project pages live under {@code /<repository>/}).
 */
final class DeployOptions {

    @Option(names = "--base-path", converter = BasePath.class, paramLabel = "PATH", description = "Where the site is served from, such as /hrs4r/ (default: site.basePath of site.properties).")
    String basePath;

    @Option(names = "--site-url", converter = SiteUrl.class, paramLabel = "URL", description = "The public address of the site's host, such as https://example.org (default: site.url of site.properties).")
    String siteUrl;

    /** The settings given on the command line, which replace those of site.properties for this run. */
    Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        if (basePath != null) {
            settings.put("site.basePath", basePath);
        }
        if (siteUrl != null) {
            settings.put("site.url", siteUrl);
        }
        return settings;
    }

    /** A value given on the command line is checked as the setting it replaces, before anything is built. */
    private abstract static class Checked implements ITypeConverter<String> {
        private final String key;

        Checked(String key) {
            this.key = key;
        }

        @Override
        public String convert(String value) {
            // Converted before --lang is read: the language of the environment or of site.properties.
            SettingsCheck.problem(key, value).ifPresent(message -> {
                throw new Refused(Catalogue.in(EditorLanguage.choose(null, System.getenv(), Path.of("."))).render(message));
            });
            return value;
        }
    }

    /** A value refused as the setting it replaces, with what was expected (the usage error says it as is). */
    static final class Refused extends TypeConversionException {
        Refused(String message) {
            super(message);
        }
    }

    static final class SiteUrl extends Checked {
        SiteUrl() {
            super("site.url");
        }
    }

    static final class BasePath extends Checked {
        BasePath() {
            super("site.basePath");
        }
    }
}
