package fr.imt.portal.content;

import fr.imt.portal.model.Languages;
import fr.imt.portal.model.Text;
import fr.imt.portal.model.Translation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Reads values out of a mapping that its {@link Shape} has already accepted, so reading never
 * has to report anything itself.
 */
final class Fields {

    private Fields() {}

    static String string(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        return node == null ? null : ((YamlNode.Scalar) node).text();
    }

    static int integer(YamlNode.Mapping map, String key) {
        return Integer.parseInt(string(map, key));
    }

    static double number(YamlNode.Mapping map, String key) {
        return Double.parseDouble(string(map, key));
    }

    static boolean flag(YamlNode.Mapping map, String key) {
        return Boolean.parseBoolean(string(map, key));
    }

    static boolean has(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        return node != null && !(node instanceof YamlNode.Scalar s && s.kind() == YamlNode.Scalar.Kind.NULL);
    }

    static Text text(YamlNode.Mapping map, String key) {
        YamlNode.Mapping pair = (YamlNode.Mapping) map.get(key);
        return new Text(string(pair, "fr"), string(pair, "en"));
    }

    static YamlNode.Mapping group(YamlNode.Mapping map, String key) {
        return (YamlNode.Mapping) map.get(key);
    }

    static List<YamlNode> items(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        return node instanceof YamlNode.Sequence seq ? seq.items() : List.of();
    }

    static List<YamlNode.Mapping> groups(YamlNode.Mapping map, String key) {
        return items(map, key).stream().map(n -> (YamlNode.Mapping) n).toList();
    }

    /** A group of a list with where it is written ({@code pages[2]}), for the problems about it. */
    record Group(String at, YamlNode.Mapping map) {
        String field(String key) {
            return FieldPath.child(at, key);
        }
    }

    /** The groups of the list {@code key} of a file's top level, each with where it is written. */
    static List<Group> groupsAt(YamlNode.Mapping map, String key) {
        List<YamlNode.Mapping> groups = groups(map, key);
        return IntStream.range(0, groups.size())
                .mapToObj(i -> new Group(FieldPath.item(key, i), groups.get(i))).toList();
    }

    static <T> List<T> strings(YamlNode.Mapping map, String key, Function<String, T> wrap) {
        return items(map, key).stream().map(n -> wrap.apply(((YamlNode.Scalar) n).text())).toList();
    }

    static List<String> notes(YamlNode.Mapping map) {
        return strings(map, "source_notes", s -> s);
    }

    /** Where the texts in the translated language come from, as the file's translation field ({@code english:}…) says. */
    static Translation translation(YamlNode.Mapping map, Languages languages) {
        return switch (string(map, languages.translationField())) {
            case "original" -> Translation.ORIGINAL;
            case "reviewed" -> Translation.REVIEWED;
            default -> Translation.TRANSLATION;
        };
    }

    static Map<String, YamlNode.Entry> entries(YamlNode.Mapping map, String key) {
        YamlNode node = map.get(key);
        return node instanceof YamlNode.Mapping m ? m.entries() : Map.of();
    }
}
