package fr.imt.portal.site;

import fr.imt.portal.model.Cop;
import fr.imt.portal.model.Deadline;
import fr.imt.portal.model.Lang;
import fr.imt.portal.model.Milestone;
import fr.imt.portal.model.Objective;
import fr.imt.portal.model.Pillar;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interface's words in each language, read from {@code templates/i18n/<lang>.properties}
 * (UTF-8). A key present in one language only is a bug in the templates, so it fails the build.
 *
 * <p>{@link #format} is the one way a message gets its arguments, for pages, templates (through
 * {@link Words}), feeds, open data and search alike. A message is a {@link MessageFormat} pattern
 * whose apostrophes are always text ({@code L'analyse}): plurals are written with a choice
 * ({@code {0,choice,0#{0} action prévue|2#{0} actions prévues}}, French taking the singular for 0
 * and 1, English {@code 0#…s|1#…|2#…s}), where the count is written as the language groups digits.
 * A plain {@code {n}} is replaced by its argument as given: years and identifiers are not grouped,
 * so a figure is passed as {@link Numbers} wrote it.
 * In French, {@code de} and {@code que} before an argument that starts with a vowel are elided
 * ({@code de {0}} with « IMT Atlantique » reads « d’IMT Atlantique »).
 *
 * <p>The contract's years and the codes of its first and last milestones and objectives are
 * content ({@code content/cop/}), never written in the words: a message quotes them as
 * {@code {{contract.years}}} and the like ({@link #FACTS}), which {@link #quoting} fills in with
 * the {@link #facts} of the COP of the site being built.
 */
public final class Messages {

    /** The facts of the COP a message may quote, as {@code {{name}}}. */
    static final java.util.List<String> FACTS = java.util.List.of("contract.years", "contract.firstYear", "contract.lastYear",
            "contract.referenceYear", "contract.previous.years", "contract.previous.lastYear", "contract.schoolTablesFirstYear",
            "milestones.first", "milestones.last", "objectives.business.first", "objectives.business.last",
            "objectives.crossCutting.first", "objectives.crossCutting.last");

    private static final Pattern FACT = Pattern.compile("\\{\\{([^{}]*)}}");

    private final Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);

    public Messages(Path templates) {
        for (Lang lang : Lang.values()) {
            Properties props = new Properties();
            Path file = templates.resolve("i18n").resolve(lang.code() + ".properties");
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
            Map<String, String> words = new TreeMap<>();
            props.forEach((k, v) -> words.put((String) k, (String) v));
            byLang.put(lang, Map.copyOf(words));
        }
        var missing = new java.util.TreeSet<String>();
        byLang.values().forEach(words -> missing.addAll(words.keySet()));
        missing.removeIf(k -> byLang.values().stream().allMatch(words -> words.containsKey(k)));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("templates/i18n: keys not present in every language: " + missing);
        }
        byLang.forEach((lang, words) -> words.forEach((key, value) -> {
            Matcher m = FACT.matcher(value);
            while (m.find()) {
                if (!FACTS.contains(m.group(1))) {
                    throw new IllegalStateException("templates/i18n/" + lang.code() + ".properties: " + key + " quotes "
                            + m.group() + ", which is none of " + FACTS);
                }
            }
        }));
    }

    private Messages(Map<Lang, Map<String, String>> byLang) {
        this.byLang.putAll(byLang);
    }

    /**
     * The facts of {@code cop} a message may quote ({@link #FACTS}), by name: those it has
     * ({@code contract.years}: « 2023-2027 », {@code milestones.last}: « J12 »).
     */
    public static Map<String, String> facts(Cop cop) {
        Map<String, String> facts = new java.util.HashMap<>();
        Cop.Contract contract = cop.contract();
        if (contract != null) {
            facts.put("contract.years", contract.years());
            facts.put("contract.firstYear", String.valueOf(contract.firstYear()));
            facts.put("contract.lastYear", String.valueOf(contract.lastYear()));
            facts.put("contract.referenceYear", String.valueOf(contract.referenceYear()));
            facts.put("contract.previous.years", contract.previous().years());
            facts.put("contract.previous.lastYear", String.valueOf(contract.previous().lastYear()));
            facts.put("contract.schoolTablesFirstYear", String.valueOf(contract.schoolTablesFirstYear()));
        }
        ends("milestones", cop.milestones().stream().map(Milestone::id).toList(), facts);
        ends("objectives.business", codes(cop, Objective.Kind.BUSINESS), facts);
        ends("objectives.crossCutting", codes(cop, Objective.Kind.CROSS_CUTTING), facts);
        return Map.copyOf(facts);
    }

    /**
     * These words with {@code facts} (see {@link #facts}) quoted where a message names them; a
     * fact the site does not have (a site without a COP has no contract years) quotes nothing.
     */
    public Messages quoting(Map<String, String> facts) {
        Map<Lang, Map<String, String>> quoted = new EnumMap<>(Lang.class);
        byLang.forEach((lang, words) -> {
            Map<String, String> filled = new TreeMap<>();
            words.forEach((key, value) -> filled.put(key, value.indexOf("{{") < 0 ? value
                    : FACT.matcher(value).replaceAll(m -> Matcher.quoteReplacement(facts.getOrDefault(m.group(1), "")))));
            quoted.put(lang, Map.copyOf(filled));
        });
        return new Messages(quoted);
    }

    /** The codes of {@code cop}'s objectives of {@code kind}, in the contract's order (M1 to M4). */
    private static java.util.List<String> codes(Cop cop, Objective.Kind kind) {
        return cop.objectives().stream().filter(o -> o.kind() == kind).map(o -> o.id().value()).toList();
    }

    /** The first and last of {@code codes} as {@code name.first} and {@code name.last}, when there are any. */
    private static void ends(String name, java.util.List<String> codes, Map<String, String> facts) {
        if (!codes.isEmpty()) {
            facts.put(name + ".first", codes.get(0));
            facts.put(name + ".last", codes.get(codes.size() - 1));
        }
    }

    /** Whether the catalogues hold {@code key} (every language holds the same keys). */
    public boolean has(String key) {
        return byLang.values().iterator().next().containsKey(key);
    }

    public Map<String, String> in(Lang lang) {
        return byLang.get(lang);
    }

    /** The message {@code key} in {@code lang} with its arguments (see the class comment). */
    public String format(Lang lang, String key, Object... args) {
        String pattern = get(lang, key);
        if (Typography.of(lang).elides()) {
            pattern = elide(pattern, args);
        }
        if (!TYPED_ARGUMENT.matcher(pattern).find()) {
            return substitute(pattern, args);
        }
        return new MessageFormat(pattern.replace("'", "''"), lang.locale()).format(args);
    }

    /** A deadline as the language writes a quarter: « T2 2029 », "Q2 2029". */
    public String deadline(Lang lang, Deadline deadline) {
        return format(lang, "deadline.quarter", deadline.quarter(), String.valueOf(deadline.year()));
    }

    /** How a pillar is named everywhere: « Pilier 2 – Conditions de travail », "Pillar 2 – Working conditions". */
    public String pillar(Lang lang, Pillar pillar) {
        return format(lang, "pillar.label", pillar.number(), pillar.title().in(lang));
    }

    /** An argument with a format of its own ({@code {0,choice,…}}), which only {@link MessageFormat} reads. */
    private static final Pattern TYPED_ARGUMENT = Pattern.compile("\\{\\d+,");
    private static final Pattern PLAIN_ARGUMENT = Pattern.compile("\\{(\\d+)}");
    private static final Pattern ELIDABLE = Pattern.compile("(?<!\\p{L})(de|que) \\{(\\d+)}");
    private static final String VOWELS = "AEIOUaeiouÉÈÊÀÂÎÔÛéèêàâîôû";

    /** {@code pattern} with each plain {@code {n}} replaced by argument n. */
    private static String substitute(String pattern, Object[] args) {
        Matcher m = PLAIN_ARGUMENT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(i < args.length ? String.valueOf(args[i]) : m.group()));
        }
        return m.appendTail(out).toString();
    }

    /** French elision before an argument that starts with a vowel: « de {0} » becomes « d’{0} », with the typographic apostrophe of French text. */
    private static String elide(String pattern, Object[] args) {
        Matcher m = ELIDABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(2));
            boolean vowel = i < args.length && args[i] instanceof CharSequence s && !s.isEmpty() && VOWELS.indexOf(s.charAt(0)) >= 0;
            String word = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(vowel ? word.substring(0, word.length() - 1) + "’{" + i + "}" : m.group()));
        }
        return m.appendTail(out).toString();
    }

    public String get(Lang lang, String key) {
        String value = byLang.get(lang).get(key);
        if (value == null) {
            throw new IllegalStateException("templates/i18n/" + lang.code() + ".properties has no key " + key);
        }
        return value;
    }
}
