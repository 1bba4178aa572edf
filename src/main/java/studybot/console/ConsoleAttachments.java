package studybot.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.files.OwnerOnlyFolders;
import studybot.i18n.Texts;
import studybot.reply.ReplyAttachment;

/**
 * How the console shows a reply's file, which a terminal cannot: a picture, to a person at a terminal, as one line of
 * block characters (▁▂▃▄▅▆▇█) drawn from its headline numbers, and to a script (piped output) as a PNG saved in the
 * data folder's {@code charts/}; any other file (a member's data export) always saved in the data folder's
 * {@code exports/}. The path of a saved file is printed, in the console's language. The reply's text says what the file
 * holds either way.
 */
public final class ConsoleAttachments {

    /** The folder under the data folder where pictures are saved. */
    public static final String FOLDER = "charts";
    /** The folder under the data folder where other files are saved. */
    public static final String EXPORTS = "exports";

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleAttachments.class);
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Optional<Path> dataFolder;
    private final boolean picturesAsBlocks;
    private final Clock clock;
    private final Locale language;
    private final Texts texts = Texts.load("console");

    private ConsoleAttachments(Optional<Path> dataFolder, boolean picturesAsBlocks, Clock clock, Locale language) {
        this.dataFolder = dataFolder;
        this.picturesAsBlocks = picturesAsBlocks;
        this.clock = clock;
        this.language = language;
    }

    /** Pictures as a line of blocks, and no data folder to save other files in; says so in {@code language}. */
    public static ConsoleAttachments asBlocks(Locale language) {
        return new ConsoleAttachments(Optional.empty(), true, Clock.systemUTC(), language);
    }

    /** Pictures as a line of blocks, for a terminal; other files saved under {@code dataFolder}. */
    public static ConsoleAttachments forTerminal(Path dataFolder, Clock clock, Locale language) {
        return new ConsoleAttachments(Optional.of(dataFolder), true, clock, language);
    }

    /** Every file saved under {@code dataFolder}, named by what it holds and when ({@code clock}, UTC). */
    public static ConsoleAttachments savedIn(Path dataFolder, Clock clock, Locale language) {
        return new ConsoleAttachments(Optional.of(dataFolder), false, clock, language);
    }

    /** The line to print for {@code file}; saves it first unless it is a picture drawn as blocks. */
    String show(ReplyAttachment file) {
        String line = blocks(file.glance()) + "  " + firstSentence(file.altText());
        if (file.isPicture() && (picturesAsBlocks || dataFolder.isEmpty())) {
            return line;
        }
        if (dataFolder.isEmpty()) {
            return texts.format(
                    language, "attachment.notSaved", Map.of("file", file.fileName(), "what", file.altText()));
        }
        Path folder = dataFolder.get().resolve(file.isPicture() ? FOLDER : EXPORTS);
        int dot = file.fileName().lastIndexOf('.');
        String name = file.fileName().substring(0, dot) + "-"
                + STAMP.format(clock.instant().atZone(clock.getZone()))
                + file.fileName().substring(dot);
        Path saved = folder.resolve(name);
        String what = file.isPicture() ? "chart" : "file";
        try {
            OwnerOnlyFolders.create(folder);
            Files.write(saved, file.bytes());
            if (posix(saved)) {
                Files.setPosixFilePermissions(saved, PosixFilePermissions.fromString("rw-------"));
            }
            return texts.format(language, "attachment.saved", Map.of("kind", what, "path", saved.toString()));
        } catch (IOException e) {
            LOG.warn("Could not save a {} to {}: {}", what, saved, e.toString());
            return texts.format(
                            language,
                            "attachment.notWritten",
                            Map.of("kind", what, "path", saved.toString(), "reason", String.valueOf(e.getMessage())))
                    + (file.isPicture() ? " " + line : "");
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** One block per value, scaled from the smallest block for 0 to the full block for the largest value. */
    static String blocks(List<Double> values) {
        double max = values.stream()
                .filter(value -> !value.isNaN())
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(0);
        StringBuilder line = new StringBuilder(values.size());
        for (double value : values) {
            if (Double.isNaN(value)) {
                line.append(' ');
            } else {
                int level = max <= 0 ? 0 : (int) Math.round(Math.max(0, value) / max * (BLOCKS.length() - 1));
                line.append(BLOCKS.charAt(level));
            }
        }
        return line.toString();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
