package studybot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One import order everywhere, so merges and reviews see only real changes: static imports first, then the rest,
 * each group sorted as plain text, with one blank line between the groups and none inside them.
 */
class ImportOrderTest {

    @Test
    void everySourceFileSortsItsImports() throws IOException {
        List<String> unsorted = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    if (!sorted(Files.readAllLines(file))) {
                        unsorted.add(file.toString());
                    }
                }
            }
        }
        assertThat(unsorted).as("files whose imports are not in order").isEmpty();
    }

    private static boolean sorted(List<String> lines) {
        List<String> block = new ArrayList<>();
        boolean inBlock = false;
        for (String line : lines) {
            if (line.startsWith("import ")) {
                inBlock = true;
                block.add(line);
            } else if (inBlock && line.isBlank()) {
                block.add(line);
            } else if (inBlock) {
                break;
            }
        }
        while (!block.isEmpty() && block.get(block.size() - 1).isBlank()) {
            block.remove(block.size() - 1);
        }
        List<String> statics = block.stream().filter(line -> line.startsWith("import static ")).sorted().toList();
        List<String> others = block.stream().filter(line -> line.startsWith("import ") && !line.startsWith("import static "))
                .sorted().toList();
        List<String> expected = new ArrayList<>(statics);
        if (!statics.isEmpty() && !others.isEmpty()) {
            expected.add("");
        }
        expected.addAll(others);
        return block.equals(expected);
    }
}
