package io.github.migrationtest.structure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which package of ours refers to which, read from the source files: imports, static imports and fully
 * qualified names in code (comments and strings left out). Same-package references need no import and are
 * not edges.
 */
final class PackageImports {

    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.github\\.migrationtest(?:\\.[a-z]\\w*)*)\\.[A-Z]");

    /** Per package, the packages it refers to and, per referred package, the files that do. */
    private final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();

    static PackageImports of(Path... sourceRoots) {
        PackageImports imports = new PackageImports();
        for (Path root : sourceRoots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(imports::read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return imports;
    }

    private void read(Path file) {
        String source;
        try {
            source = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find()) {
            return;
        }
        String own = declared.group(1);
        Map<String, Set<String>> targets = edges.computeIfAbsent(own, p -> new TreeMap<>());
        Matcher reference = REFERENCE.matcher(code(source.substring(declared.end())));
        while (reference.find()) {
            if (!reference.group(1).equals(own)) {
                targets.computeIfAbsent(reference.group(1), p -> new TreeSet<>()).add(file.getFileName().toString());
            }
        }
    }

    /** The source with comments, strings and character literals blanked out. */
    private static String code(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int end = c == '/' && source.startsWith("//", i) ? source.indexOf('\n', i)
                    : c == '/' && source.startsWith("/*", i) ? source.indexOf("*/", i) + 2
                    : c == '"' || c == '\'' ? closing(source, i) : i;
            if (end == i) {
                code.append(c);
                i++;
            } else {
                code.append(' ');
                i = end < i ? source.length() : end;
            }
        }
        return code.toString();
    }

    /** Where the string or character literal opened at {@code start} ends (text blocks included). */
    private static int closing(String source, int start) {
        String quote = source.startsWith("\"\"\"", start) ? "\"\"\"" : source.substring(start, start + 1);
        int i = start + quote.length();
        while (i < source.length() && !source.startsWith(quote, i)) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + quote.length(), source.length());
    }

    Set<String> packages() {
        return edges.keySet();
    }

    /** The packages {@code from} refers to. */
    Set<String> targets(String from) {
        return edges.getOrDefault(from, Map.of()).keySet();
    }

    /** The files of {@code from} that refer to {@code to}; empty when none does. */
    Set<String> files(String from, String to) {
        return edges.getOrDefault(from, Map.of()).getOrDefault(to, Set.of());
    }
}
