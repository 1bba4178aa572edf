package studybot.section.command;

import java.util.List;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.section.SectionQueryParser;
import studybot.section.SectionReplies;

/**
 * {@code /section <number> [page]}: a section's page, a chapter or the sections whose titles match, as
 * {@link SectionReplies} words them, with completions as the member types.
 */
public final class SectionCommand implements BotCommand {

    /** The main option: a number, a chapter or title words. */
    public static final String OPTION = "number";
    /** Which page of a long section, from 1. */
    public static final String PAGE = "page";

    private static final int MAX_PAGE = 9999;

    private final SectionReplies replies;
    private final Texts texts = Texts.load("section");

    public SectionCommand(SectionReplies replies) {
        this.replies = replies;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                        "section",
                        texts.english("describe.section"),
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        OptionSpec.text(
                                        OPTION,
                                        texts.english("describe.section.number"),
                                        SectionQueryParser.MAX_INPUT_LENGTH)
                                .withAutocomplete(),
                        OptionSpec.integer(PAGE, texts.english("describe.section.page"), 1, MAX_PAGE)
                                .optional())
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        int page = (int) call.options().integer(PAGE).orElse(1) - 1;
        return replies.answer(
                call.scope().book().get().sections(),
                call.options().text(OPTION),
                page,
                call.privateLocale(),
                call.publicLocale());
    }

    /** Sections whose number or title starts with what was typed; none while the first book is still loading. */
    @Override
    public List<Choice> complete(CompletionCall call) {
        return call.book()
                .map(book -> book.complete(call.typed()).stream()
                        .map(completion -> new Choice(completion.name(), completion.value()))
                        .toList())
                .orElse(List.of());
    }
}
