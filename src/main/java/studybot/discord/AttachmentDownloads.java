package studybot.discord;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.command.OptionKind;
import studybot.command.OptionSpec;
import studybot.i18n.Texts;
import studybot.reply.Reply;

/**
 * Fetches the files sent with a command into a temporary folder, for options of kind {@link OptionKind#ATTACHMENT}. The
 * size Discord gives is checked against the option's limit before anything is downloaded, and the download itself stops
 * at the limit whatever the size claimed, so a file too big is never written in full. The value the registry sees is
 * always the local copy's path, never text the member typed. The folder is removed once the command has answered.
 */
final class AttachmentDownloads implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AttachmentDownloads.class);
    private static final long TIMEOUT_SECONDS = 120;

    private final Path folder;

    private AttachmentDownloads(Path folder) {
        this.folder = folder;
    }

    /**
     * Replaces each attachment option in {@code options} with the path of its downloaded copy; a problem reply when a
     * file is over its limit or cannot be fetched.
     *
     * @param specs the options of the command (or subcommand) called, by name
     * @param texts the words of a refusal, in {@code locale}
     */
    static Fetched fetch(
            List<OptionMapping> mappings,
            Map<String, OptionSpec> specs,
            Map<String, String> options,
            Texts texts,
            Locale locale) {
        Map<String, String> fetched = new HashMap<>(options);
        specs.values().stream()
                .filter(spec -> spec.kind() == OptionKind.ATTACHMENT)
                .forEach(spec -> fetched.remove(spec.name()));
        AttachmentDownloads downloads = null;
        try {
            for (OptionMapping mapping : mappings) {
                if (mapping.getType() != OptionType.ATTACHMENT) {
                    continue;
                }
                OptionSpec spec = specs.get(mapping.getName());
                if (spec == null || spec.kind() != OptionKind.ATTACHMENT) {
                    continue;
                }
                Message.Attachment attachment = mapping.getAsAttachment();
                if (attachment.getSize() > spec.max()) {
                    return Fetched.refused(downloads, tooBig(attachment.getSize(), spec.max(), texts, locale));
                }
                if (downloads == null) {
                    downloads = new AttachmentDownloads(Files.createTempDirectory("studybot-upload-"));
                }
                Optional<Path> copy = downloads.download(attachment, spec.max());
                if (copy.isEmpty()) {
                    return Fetched.refused(downloads, tooBig(spec.max() + 1, spec.max(), texts, locale));
                }
                fetched.put(mapping.getName(), copy.get().toString());
            }
        } catch (IOException | ExecutionException | TimeoutException e) {
            LOG.warn("Could not download an attachment: {}", e.toString());
            return Fetched.refused(downloads, Reply.problem(texts.text(locale, "attachment.unreachable")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Fetched.refused(downloads, Reply.problem(texts.text(locale, "attachment.stopping")));
        }
        return new Fetched(Optional.ofNullable(downloads), Optional.of(fetched), Optional.empty());
    }

    private static Reply tooBig(long size, long max, Texts texts, Locale locale) {
        return Reply.problem(texts.format(locale, "attachment.tooBig", Map.of("size", size, "max", max)));
    }

    /** The copy of {@code attachment}, or empty when it turned out longer than {@code max} bytes. */
    private Optional<Path> download(Message.Attachment attachment, long max)
            throws IOException, ExecutionException, TimeoutException, InterruptedException {
        // Text only until it is safe: Path.of refuses an umlaut where the JVM's file names are not UTF-8.
        String name = attachment
                .getFileName()
                .replace('\\', '/')
                .replaceAll(".*/", "")
                .replaceAll("[^A-Za-z0-9._ -]", "_");
        Path target = folder.resolve(name.isBlank() || name.startsWith(".") ? "upload" + name : name);
        try (InputStream in = attachment.getProxy().download().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                OutputStream out = Files.newOutputStream(target)) {
            byte[] buffer = new byte[16_384];
            long written = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                written += n;
                if (written > max) {
                    return Optional.empty();
                }
                out.write(buffer, 0, n);
            }
        }
        return Optional.of(target);
    }

    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path each : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove the downloaded attachments in {}: {}", folder, e.toString());
        }
    }

    /**
     * The options with attachments fetched, or why not; close it once the command has answered.
     *
     * @param options the options to answer with; empty when refused
     * @param refusal what to answer instead; empty when fetched
     */
    record Fetched(
            Optional<AttachmentDownloads> downloads, Optional<Map<String, String>> options, Optional<Reply> refusal)
            implements AutoCloseable {

        private static Fetched refused(AttachmentDownloads downloads, Reply refusal) {
            return new Fetched(Optional.ofNullable(downloads), Optional.empty(), Optional.of(refusal));
        }

        @Override
        public void close() {
            downloads.ifPresent(AttachmentDownloads::close);
        }
    }
}
