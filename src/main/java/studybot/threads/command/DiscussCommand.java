package studybot.threads.command;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.reply.Reply;
import studybot.reply.Text;
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

    public DiscussCommand(DiscussionThreads threads) {
        this.threads = Objects.requireNonNull(threads, "threads");
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.of(
                NAME,
                "Open or find the discussion thread of a section",
                Access.EVERYONE,
                Reach.SERVERS,
                OptionSpec.text(SECTION, "Section to discuss, e.g. 20.4", 20).optional(),
                OptionSpec.bool(MANAGERS_ONLY, "Only members with Manage Server may open new threads (admins)")
                        .optional());
    }

    @Override
    public Reply answer(CommandCall call) {
        Optional<String> section = call.options().optionalText(SECTION);
        Optional<Boolean> managersOnly = call.options().bool(MANAGERS_ONLY);
        if (call.scope().place().isConsole()) {
            return section.map(threads::preview).orElseGet(DiscussCommand::usage);
        }
        OptionalLong server = call.scope().place().serverId();
        OptionalLong channel = call.asker().channelId();
        if (server.isEmpty() || channel.isEmpty()) {
            return Reply.problem("Discussion threads are opened in a server's channel, not in direct messages.");
        }
        if (managersOnly.isPresent()) {
            return threads.setOpeners(server.getAsLong(), call.asker().managesServer(), managersOnly.get());
        }
        if (section.isEmpty()) {
            return usage();
        }
        return threads.discuss(
                server.getAsLong(),
                channel.getAsLong(),
                call.asker().userId(),
                call.asker().managesServer(),
                section.get());
    }

    private static Reply usage() {
        return Reply.problem(Text.markup("Give the section to discuss, e.g. `/discuss section:20.4`."));
    }
}
