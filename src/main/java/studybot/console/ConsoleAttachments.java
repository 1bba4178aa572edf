package studybot.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.reply.ReplyAttachment;

/**
 * How the console shows a reply's picture, which a terminal cannot: to a person at a terminal as one line of block
 * characters (▁▂▃▄▅▆▇█) drawn from the picture's headline numbers; to a script (piped output) as a PNG file saved in
 * the data folder's {@code charts/}, with its path printed. The reply's text says the same in words either way.
 */
public final class ConsoleAttachments {

    /** The folder under the data folder where pictures are saved. */
    public static final String FOLDER = "charts";

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleAttachments.class);
    private static final String BLOCKS = "▁▂▃▄▅▆▇█";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Optional<Path> folder;
    private final Clock clock;

    private ConsoleAttachments(Optional<Path> folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Pictures as a line of blocks, for a terminal. */
    public static ConsoleAttachments asBlocks() {
        return new ConsoleAttachments(Optional.empty(), Clock.systemUTC());
    }

    /** Pictures saved under {@code dataFolder/charts/}, named by what they show and when ({@code clock}, UTC). */
    public static ConsoleAttachments savedIn(Path dataFolder, Clock clock) {
        return new ConsoleAttachments(Optional.of(dataFolder.resolve(FOLDER)), clock);
    }

    /** The line to print for {@code picture}; saves it first when pictures are saved. */
    String show(ReplyAttachment picture) {
        String line = blocks(picture.glance()) + "  " + firstSentence(picture.altText());
        if (folder.isEmpty()) {
            return line;
        }
        String name = picture.fileName().replaceFirst("\\.png$", "") + "-"
                + STAMP.format(clock.instant().atZone(clock.getZone())) + ".png";
        Path file = folder.get().resolve(name);
        try {
            Files.createDirectories(folder.get());
            Files.write(file, picture.png());
            return "Chart saved to " + file;
        } catch (IOException e) {
            LOG.warn("Could not save a chart to {}: {}", file, e.toString());
            return "Could not save the chart to " + file + " (" + e.getMessage() + "). " + line;
        }
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
