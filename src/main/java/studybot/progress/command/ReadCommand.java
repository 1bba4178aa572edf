package studybot.progress.command;

import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.Place;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.progress.MarkResult;
import studybot.progress.ProgressService;
import studybot.reply.Reply;

/** {@code /read <section>}: marks a section read for the member at the place, and says where they stand. */
final class ReadCommand implements BotCommand {

    private final ProgressService progress;
    private final ProgressReply replies;
    private final Texts texts;

    ReadCommand(ProgressService progress, ProgressReply replies, Texts texts) {
        this.progress = progress;
        this.replies = replies;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                        ProgressFeature.READ,
                        texts.english("describe.read"),
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        OptionSpec.text(ProgressFeature.SECTION, texts.english("describe.read.section"), 40))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        return Refusable.answer(call.privateLocale(), () -> {
            Place place = call.scope().place();
            MarkResult result =
                    progress.read(place, call.asker().userId(), call.options().text(ProgressFeature.SECTION));
            return call.asker()
                    .aboutThemselves(replies.marked(
                            result, progress.progress(place, call.asker().userId()), call.privateLocale()));
        });
    }
}
