package studybot.threads.command;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.threads.DiscussionThreads;

/**
 * {@code /discuss section:20.4}: opens the section's discussion thread in this channel, or links to the one the server
 * has. {@code /discuss managers_only:true} (Manage Server) keeps opening new threads to managers. In a direct message
 * there is no channel to open a thread in; on the console it shows what would be opened.
 */
public final class DiscussCommand implements BotCommand {

    public static final String NAME = "discuss";
    public static final String SECTION = "section";
    public static final String MANAGERS_ONLY = "managers_only";

    private final DiscussionThreads threads;
    private final Texts texts;

    /** @param texts the {@code threads} bundle */
    public DiscussCommand(DiscussionThreads threads, Texts texts) {
        this.threads = Objects.requireNonNull(threads, "threads");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                        NAME,
                        texts.english("describe.discuss"),
                        Access.EVERYONE,
                        Reach.SERVERS,
                        OptionSpec.text(SECTION, texts.english("describe.discuss.section"), 20)
                                .optional(),
                        OptionSpec.bool(MANAGERS_ONLY, texts.english("describe.discuss.managers_only"))
                                .optional())
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        Optional<String> section = call.options().optionalText(SECTION);
        Optional<Boolean> managersOnly = call.options().bool(MANAGERS_ONLY);
        Locale member = call.privateLocale();
        if (call.scope().place().isConsole()) {
            return section.map(typed -> threads.preview(typed, call.publicLocale()))
                    .orElseGet(() -> threads.usage(OptionalLong.empty(), member));
        }
        OptionalLong server = call.scope().place().serverId();
        OptionalLong channel = call.asker().channelId();
        if (server.isEmpty() || channel.isEmpty()) {
            return Reply.problem(texts.text(member, "directMessages"));
        }
        if (managersOnly.isPresent()) {
            return threads.setOpeners(server.getAsLong(), call.asker().managesServer(), managersOnly.get(), member);
        }
        if (section.isEmpty()) {
            return threads.usage(server, member);
        }
        return threads.discuss(
                server.getAsLong(),
                channel.getAsLong(),
                call.asker().userId(),
                call.asker().managesServer(),
                section.get(),
                member,
                call.publicLocale());
    }
}
