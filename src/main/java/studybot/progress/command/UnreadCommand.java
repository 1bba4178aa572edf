package studybot.progress.command;

import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.progress.ProgressService;
import studybot.reply.Reply;

/** {@code /unread <section>}: takes a member's read mark off a section at the place. */
final class UnreadCommand implements BotCommand {

    private final ProgressService progress;
    private final ProgressReply replies;
    private final Texts texts;

    UnreadCommand(ProgressService progress, ProgressReply replies, Texts texts) {
        this.progress = progress;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                        ProgressFeature.UNREAD,
                        texts.english("describe.unread"),
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        OptionSpec.text(ProgressFeature.SECTION, texts.english("describe.unread.section"), 40))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        return Refusable.answer(
                call.privateLocale(),
                () -> call.asker()
                        .aboutThemselves(replies.unmarked(
                                progress.unread(
                                        call.scope().place(),
                                        call.asker().userId(),
                                        call.options().text(ProgressFeature.SECTION)),
                                call.privateLocale())));
    }
}
