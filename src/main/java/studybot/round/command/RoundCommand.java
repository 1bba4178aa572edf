package studybot.round.command;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import studybot.book.Book;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.library.BookExample;
import studybot.library.SectionNumber;
import studybot.reply.Reply;
import studybot.round.RoundReplies;
import studybot.round.RoundRules;
import studybot.round.RoundService;
import studybot.section.SectionQuery;
import studybot.section.SectionQueryParser;

/**
 * The {@code /round} command: {@code start}, {@code stop} and {@code limit} (who may start rounds, and where). Its
 * answer buttons are routed by {@link RoundFeature}. (A command with subcommands can't also run bare on Discord, so
 * rounds have a command of their own.)
 */
final class RoundCommand implements BotCommand {

    static final String NAME = "round";
    static final String START = "start";
    static final String STOP = "stop";
    static final String LIMIT = "limit";
    static final String MANAGERS = "managers";
    static final String CHANNEL = "channel";
    static final String EVERYWHERE = "everywhere";
    static final String QUESTIONS = "questions";
    static final String SECONDS = "seconds";
    static final String SECTION = "section";
    static final String CHAPTER = "chapter";
    /** As long as {@code /section} reads: a number may come with the section's title ("20.4 Replication Groups"). */
    private static final int MAX_SECTION_LENGTH = SectionQueryParser.MAX_INPUT_LENGTH;

    private static final int MAX_CHAPTER = 9999;

    private final RoundService service;
    private final Runnable wake;
    private final Texts texts;

    /**
     * @param wake called after a start is asked for, so that whatever runs rounds looks at them
     * @param texts the {@code round} bundle, for the command's descriptions
     */
    RoundCommand(RoundService service, Runnable wake, Texts texts) {
        this.service = service;
        this.wake = wake;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        NAME,
                        texts.english("describe.round"),
                        Access.EVERYONE,
                        Reach.SERVERS,
                        new SubcommandSpec(
                                START,
                                texts.english("describe.round.start"),
                                List.of(
                                        OptionSpec.integer(
                                                        QUESTIONS,
                                                        texts.english("describe.round.start.questions"),
                                                        1,
                                                        RoundRules.MAX_QUESTIONS)
                                                .optional(),
                                        OptionSpec.integer(
                                                        SECONDS,
                                                        texts.english("describe.round.start.seconds"),
                                                        RoundRules.MIN_SECONDS,
                                                        RoundRules.MAX_SECONDS)
                                                .optional(),
                                        OptionSpec.text(
                                                        SECTION,
                                                        texts.english("describe.round.start.section"),
                                                        MAX_SECTION_LENGTH)
                                                .optional(),
                                        OptionSpec.integer(
                                                        CHAPTER,
                                                        texts.english("describe.round.start.chapter"),
                                                        1,
                                                        MAX_CHAPTER)
                                                .optional())),
                        new SubcommandSpec(STOP, texts.english("describe.round.stop")),
                        new SubcommandSpec(
                                LIMIT,
                                texts.english("describe.round.limit"),
                                List.of(
                                        OptionSpec.bool(MANAGERS, texts.english("describe.round.limit.managers"))
                                                .optional(),
                                        OptionSpec.channel(CHANNEL, texts.english("describe.round.limit.channel"))
                                                .optional(),
                                        OptionSpec.bool(EVERYWHERE, texts.english("describe.round.limit.everywhere"))
                                                .optional())))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        return switch (call.subcommand()) {
            case START -> start(call);
            case STOP -> service.stop(call.asker());
            case LIMIT ->
                service.limit(
                        call.asker(),
                        call.options().bool(MANAGERS),
                        call.options().channel(CHANNEL),
                        call.options().bool(EVERYWHERE).orElse(false));
            default -> throw new IllegalStateException("the registry checks subcommands: " + call.subcommand());
        };
    }

    private Reply start(CommandCall call) {
        RoundReplies replies = service.replies();
        Locale member = call.privateLocale();
        OptionalLong chapter = call.options().integer(CHAPTER);
        Optional<String> sectionText = call.options().optionalText(SECTION).map(String::strip);
        if (sectionText.isPresent() && chapter.isPresent()) {
            return replies.bothSectionAndChapter(member);
        }
        Book book = call.scope().book().get();
        Optional<SectionNumber> section = Optional.empty();
        if (sectionText.isPresent()) {
            // read as /section reads it: §20.4, 20,4, 20.04 and a pasted heading all mean 20.4
            section = new SectionQueryParser().parse(sectionText.get()) instanceof SectionQuery.ForSection found
                    ? Optional.of(found.number())
                    : Optional.empty();
            if (section.isEmpty()) {
                return replies.notASection(sectionText.get(), BookExample.of(book.library()), member);
            }
            if (book.library().find(section.get()).isEmpty()) {
                return replies.noSuchSection(section.get(), member);
            }
        }
        if (chapter.isPresent()
                && book.library().chapter((int) chapter.getAsLong()).isEmpty()) {
            return replies.noSuchChapter((int) chapter.getAsLong(), member);
        }
        int questions = (int) call.options().integer(QUESTIONS).orElse(RoundRules.DEFAULT_QUESTIONS);
        int seconds = (int) call.options().integer(SECONDS).orElse(RoundRules.DEFAULT_SECONDS);
        Reply reply = service.start(
                call.asker(),
                book,
                new RoundService.StartRequest(
                        questions,
                        seconds,
                        section,
                        chapter.isPresent() ? OptionalInt.of((int) chapter.getAsLong()) : OptionalInt.empty()));
        wake.run();
        return reply;
    }
}
