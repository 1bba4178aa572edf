package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book's hrefs, anchors and in-book paths are text, not file names of this machine: the German Debian Reference's
 * anchor {@code ch002.xhtml#über-dieses-dokument} went through {@code Path.of} and threw out of Main wherever the JVM
 * ran without a UTF-8 {@code LANG} (a bare service manager). Each import runs in a JVM of its own started without any
 * locale variable, so its file-name charset is ASCII.
 */
class NonUtf8FileNamesTest {

    @TempDir
    Path temp;

    @Test
    void anEpubWhoseAnchorsHaveUmlautsImportsWhereFileNamesAreAscii() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("mimetype", "application/epub+zip");
        files.put(
                "META-INF/container.xml",
                "<?xml version=\"1.0\"?><container version=\"1.0\""
                        + " xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile"
                        + " full-path=\"EPUB/content.opf\" media-type=\"application/oebps-package+xml\"/>"
                        + "</rootfiles></container>");
        files.put(
                "EPUB/content.opf",
                "<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""
                        + " unique-identifier=\"id\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                        + "<dc:identifier id=\"id\">urn:uuid:1</dc:identifier><dc:title>Brot</dc:title>"
                        + "<dc:language>de</dc:language></metadata><manifest><item id=\"nav\" href=\"nav.xhtml\""
                        + " media-type=\"application/xhtml+xml\" properties=\"nav\"/><item id=\"c\""
                        + " href=\"text/ch002.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
                        + "<spine><itemref idref=\"c\"/></spine></package>");
        files.put(
                "EPUB/nav.xhtml",
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><body>"
                        + "<nav epub:type=\"toc\"><ol><li><a href=\"text/ch002.xhtml\">1. Teig</a><ol><li>"
                        + "<a href=\"text/ch002.xhtml#über-den-teig\">1.1. Über den Teig</a></li></ol></li></ol>"
                        + "</nav></body></html>");
        files.put(
                "EPUB/text/ch002.xhtml",
                "<html><body><section id=\"teig\"><h1>1. Teig</h1><p>Mehl, Wasser und Salz.</p>"
                        + "<section id=\"über-den-teig\"><h2>1.1. Über den Teig</h2><p>Der Teig ruht über Nacht"
                        + " im Kühlschrank.</p></section></section></body></html>");
        Path epub = zip(temp.resolve("brot.epub"), files);

        List<String> lines = probe("import", epub.toString());

        assertThat(lines).contains("1.1 Über den Teig @ EPUB/text/ch002.xhtml#über-den-teig");
    }

    @Test
    void aZipOfPagesWithAnUmlautInAFileNameIsRefusedByNameWhereFileNamesAreAscii() throws Exception {
        Path zip = zip(
                temp.resolve("pages.zip"),
                Map.of("index.html", "<html><body><h1>Brot</h1></body></html>", "über.html", "<p>Teig</p>"));
        Path folder = temp.resolve("unpacked");

        List<String> lines = probe("unpack", zip.toString(), folder.toString());

        assertThat(lines)
                .contains("refused: pages.zip: the file name \"über.html\" in the zip can't be stored on this machine"
                        + " (its file names are not UTF-8: start studybot with LANG=C.UTF-8); not read");
        assertThat(folder).doesNotExist();
    }

    /** What the probe printed, run in a JVM without LANG or LC_* (its file names ASCII), its charset line first. */
    private List<String> probe(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                NonUtf8ImportProbe.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        Process process = builder.redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the probe finished")
                .isTrue();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .lines()
                .toList();
        assertThat(lines).as("the probe's file names are not UTF-8").first().isNotEqualTo("charset UTF-8");
        assertThat(process.exitValue()).as(String.join("\n", lines)).isZero();
        return lines;
    }

    private static Path zip(Path file, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
