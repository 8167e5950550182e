package fr.imt.portal.hostile;

import fr.imt.portal.TestSites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A copy of the minimal valid site that one hostile case spoils, with the edits the cases need. */
final class HostileSite {

    final Path root;
    /** A folder beside the site, outside it, that links may point to. */
    final Path outside;

    HostileSite(Path root, Path outside) {
        this.root = root;
        this.outside = outside;
    }

    Path path(String relative) {
        return root.resolve(relative);
    }

    String read(String relative) {
        try {
            return Files.readString(path(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HostileSite write(String relative, String text) {
        TestSites.write(path(relative), text);
        return this;
    }

    HostileSite bytes(String relative, byte[] bytes) {
        try {
            Files.createDirectories(path(relative).getParent());
            Files.write(path(relative), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    HostileSite append(String relative, String text) {
        return write(relative, read(relative) + text);
    }

    /** Replaces {@code from} by {@code to}, failing if the file does not hold it. */
    HostileSite replace(String relative, String from, String to) {
        TestSites.edit(path(relative), from, to);
        return this;
    }

    HostileSite delete(String relative) {
        TestSites.deleteTree(path(relative));
        return this;
    }

    /** Replaces {@code relative} (file or folder) by a symbolic link to {@code target}. */
    HostileSite link(String relative, Path target) {
        delete(relative);
        try {
            Files.createDirectories(path(relative).getParent());
            Files.createSymbolicLink(path(relative), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
