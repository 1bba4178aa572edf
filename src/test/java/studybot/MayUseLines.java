package studybot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The "May use:" line of every package-info, read from the sources: the packages each package says it may use, which
 * {@link ArchitectureTest} turns into rules.
 */
final class MayUseLines {

    /** What the wiring's line says: it may use every package. */
    static final List<String> EVERY_PACKAGE = List.of("*");

    private static final Pattern PACKAGE = Pattern.compile("^package ([a-z0-9.]+);", Pattern.MULTILINE);
    /** From "May use:" to the end of the Javadoc paragraph (a blank comment line or the comment's end). */
    private static final Pattern LINE = Pattern.compile("May use:(.*?)(?:\\n \\*\\s*\\n|\\*/)", Pattern.DOTALL);

    private static final Pattern CODE = Pattern.compile("\\{@code ([a-z0-9.]+)}");
    /** The package of a class a source file imports, statically or not. */
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?(studybot(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]", Pattern.MULTILINE);

    private MayUseLines() {}

    /**
     * Package name → the studybot packages it may use, fully qualified.
     *
     * @throws IllegalStateException when a package-info has no "May use:" line
     */
    static Map<String, List<String>> read(Path sources) throws IOException {
        Map<String, List<String>> allowed = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file :
                    files.filter(path -> path.endsWith("package-info.java")).toList()) {
                String text = Files.readString(file);
                Matcher name = PACKAGE.matcher(text);
                Matcher line = LINE.matcher(text);
                if (!name.find() || !line.find()) {
                    throw new IllegalStateException(file + " has no \"May use:\" line");
                }
                allowed.put(name.group(1), packages(line.group(1)));
            }
        }
        return allowed;
    }

    /**
     * The studybot packages the sources of {@code pkg} import that {@code allowed} does not name: what the class files
     * cannot show, such as a constant the compiler copied in.
     */
    static List<String> importsBeyond(Path sources, String pkg, List<String> allowed) throws IOException {
        Path folder = sources.resolve(pkg.replace('.', '/'));
        List<String> beyond = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher imported = IMPORT.matcher(Files.readString(file));
                while (imported.find()) {
                    String used = imported.group(1);
                    if (!used.equals(pkg) && !allowed.contains(used)) {
                        beyond.add(file.getFileName() + " imports " + used);
                    }
                }
            }
        }
        return beyond;
    }

    private static List<String> packages(String line) {
        if (line.strip().startsWith("every package")) {
            return EVERY_PACKAGE;
        }
        List<String> packages = new ArrayList<>();
        Matcher code = CODE.matcher(line);
        while (code.find()) {
            String name = code.group(1);
            packages.add(name.startsWith("studybot.") ? name : "studybot." + name);
        }
        return packages;
    }
}
