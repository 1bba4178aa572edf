package studybot.console;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import studybot.i18n.Languages;
import studybot.i18n.Moments;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.Text;

/**
 * Turns a reply into terminal text: the title as a heading, emphasis in bold and the footer and actions dim when
 * writing to a terminal that wants colour ({@link #forTerminal}), plain text otherwise. A terminal has no buttons, so
 * each action becomes the command to type: the one its feature says does the same, or {@code /press ID} (with the
 * value, for a list). Actions share one line while it stays short, and take a line each otherwise. Its own words (a
 * member or channel named by id, where a file was saved) are in the console's language.
 */
public final class ConsoleRenderer {

    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String NORMAL = "\u001B[22m";
    /**
     * The longest line of actions kept on one line; longer ones (a quiz question's four choices, say) get a line per
     * action, so each command to type can be read and copied on its own.
     */
    private static final int ACTIONS_LINE = 100;
    /** How far a code listing is indented in the console, where no code block marks it. */
    private static final String CODE_INDENT = "    ";

    private final boolean ansi;
    private final ConsoleAttachments attachments;
    private final Locale language;
    private final Texts texts = Texts.load("console");

    /**
     * @param ansi whether to mark bold and dim with ANSI escapes
     * @param attachments how a reply's picture is shown
     * @param language the console's language, for the renderer's own words
     */
    public ConsoleRenderer(boolean ansi, ConsoleAttachments attachments, Locale language) {
        this.ansi = ansi;
        this.attachments = attachments;
        this.language = language;
    }

    /**
     * @param ansi whether to mark bold and dim with ANSI escapes; pictures are shown as a line of blocks, the
     *     renderer's own words in English
     */
    public ConsoleRenderer(boolean ansi) {
        this(ansi, ConsoleAttachments.asBlocks(Languages.ENGLISH), Languages.ENGLISH);
    }

    /** Plain text, for pipes and files. */
    public ConsoleRenderer() {
        this(false);
    }

    /**
     * Bold and dim when stdout is a terminal ({@code interactive}) and {@code NO_COLOR} is not set (see no-color.org),
     * plain text otherwise; pictures as a line of blocks on a terminal, otherwise saved as files under
     * {@code dataFolder}, where other files (data exports) are always saved. Its own words follow the environment's
     * language ({@code LC_ALL}, {@code LC_MESSAGES}, {@code LANG}), as the console's do.
     */
    public static ConsoleRenderer forTerminal(
            boolean interactive, Map<String, String> environment, Path dataFolder, Clock clock) {
        Locale language = Languages.ofEnvironment(environment);
        return new ConsoleRenderer(
                interactive && environment.getOrDefault("NO_COLOR", "").isEmpty(),
                interactive
                        ? ConsoleAttachments.forTerminal(dataFolder, clock, language)
                        : ConsoleAttachments.savedIn(dataFolder, clock, language),
                language);
    }

    public String render(Reply reply) {
        StringBuilder out = new StringBuilder();
        reply.titleIfAny()
                .ifPresent(title -> out.append(bold("== " + title + " ==")).append('\n'));
        if (!reply.text().isEmpty()) {
            out.append(text(reply.text())).append('\n');
        }
        for (ReplyField field : reply.fields()) {
            out.append('\n')
                    .append(bold(field.name()))
                    .append('\n')
                    .append(indent(text(field.value())))
                    .append('\n');
        }
        reply.attachment()
                .ifPresent(picture ->
                        out.append('\n').append(attachments.show(picture)).append('\n'));
        if (!reply.footer().isEmpty()) {
            out.append(dim("-- " + reply.footer())).append('\n');
        }
        List<ReplyAction.Button> buttons = reply.actions().stream()
                .filter(ReplyAction.Button.class::isInstance)
                .map(ReplyAction.Button.class::cast)
                .toList();
        if (!buttons.isEmpty()) {
            List<String> entries = buttons.stream()
                    .map(button -> texts.format(
                            language, "render.button", Map.of("label", button.label(), "command", command(button))))
                    .toList();
            String oneLine = "» " + String.join("   ", entries);
            actionLines(
                    out,
                    fits(oneLine)
                            ? List.of(oneLine)
                            : entries.stream().map(entry -> "» " + entry).toList());
        }
        reply.actions().stream()
                .filter(ReplyAction.PickList.class::isInstance)
                .map(ReplyAction.PickList.class::cast)
                .forEach(list -> {
                    List<String> entries = list.picks().stream()
                            .map(pick -> command(list, pick))
                            .toList();
                    String start = "» "
                            + texts.format(
                                    language,
                                    "render.list",
                                    Map.of("list", list.placeholder().replace("…", "")));
                    String oneLine = start + " " + String.join(" · ", entries);
                    actionLines(
                            out,
                            fits(oneLine)
                                    ? List.of(oneLine)
                                    : Stream.concat(
                                                    Stream.of(start),
                                                    entries.stream().map(entry -> "   " + entry))
                                            .toList());
                });
        return out.toString();
    }

    /**
     * The text with emphasis in bold (or as is), code as is, code listings indented, channels as {@code #id}, moments
     * as {@link Moments} writes them (in UTC, named, in the console's language). A listing starts and ends on lines of
     * its own, as a code block does on Discord, so "Load report:" and the report's first line are never one line.
     */
    String text(Text text) {
        StringBuilder out = new StringBuilder();
        boolean afterListing = false;
        for (Text.Span span : text.spans()) {
            String shown = shown(span);
            boolean listing = span instanceof Text.CodeBlock;
            if ((listing || afterListing)
                    && !shown.isEmpty()
                    && !out.isEmpty()
                    && out.charAt(out.length() - 1) != '\n'
                    && shown.charAt(0) != '\n') {
                out.append('\n');
            }
            out.append(shown);
            afterListing = listing || (afterListing && shown.isEmpty());
        }
        return out.toString();
    }

    private String shown(Text.Span span) {
        if (span instanceof Text.Plain plain) {
            return plain.text();
        } else if (span instanceof Text.Strong strong) {
            return bold(strong.text());
        } else if (span instanceof Text.Code code) {
            return code.text();
        } else if (span instanceof Text.CodeBlock block) {
            return block.text().lines().map(line -> CODE_INDENT + line).collect(Collectors.joining("\n"));
        } else if (span instanceof Text.Link link) {
            return link.label() + " (" + link.url() + ')';
        } else if (span instanceof Text.Day day) {
            return Moments.dayInUtc(Instant.ofEpochSecond(day.epochSecond()), language);
        } else if (span instanceof Text.Member member) {
            return texts.format(language, "render.member", Map.of("id", Long.toUnsignedString(member.userId())));
        } else if (span instanceof Text.Channel channel) {
            return texts.format(language, "render.channel", Map.of("id", Long.toUnsignedString(channel.id())));
        }
        return Moments.utc(Instant.ofEpochSecond(((Text.Moment) span).epochSecond()), language);
    }

    private void actionLines(StringBuilder out, List<String> lines) {
        lines.forEach(line -> out.append(dim(line)).append('\n'));
    }

    private static boolean fits(String actionsLine) {
        return actionsLine.codePointCount(0, actionsLine.length()) <= ACTIONS_LINE;
    }

    private String bold(String text) {
        return ansi ? BOLD + text + NORMAL : text;
    }

    private String dim(String text) {
        return ansi ? DIM + text + NORMAL : text;
    }

    private static String command(ReplyAction.Button button) {
        return button.typed().isEmpty() ? "/press " + button.id() : button.typed();
    }

    private static String command(ReplyAction.PickList list, ReplyAction.Pick pick) {
        return pick.typed().isEmpty() ? "/press " + list.id() + " " + pick.value() : pick.typed();
    }

    private static String indent(String text) {
        return text.lines().map(line -> "   " + line).collect(Collectors.joining("\n"));
    }
}
