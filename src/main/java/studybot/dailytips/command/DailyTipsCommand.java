package studybot.dailytips.command;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.Choice;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.CompletionCall;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.DailyTipStatus;
import studybot.dailytips.DiscordFormat;
import studybot.dailytips.InvalidSettingException;
import studybot.dailytips.PostTimeFormat;
import studybot.dailytips.PostingAccess;
import studybot.dailytips.SentMessage;
import studybot.dailytips.SettingsChange;
import studybot.dailytips.TimeZones;
import studybot.dailytips.TipSendException;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * {@code /tips}: server admins choose where and when the daily tip goes, switch it on and off, see its status and try
 * it out. Everything it answers is shown only to the admin who asked (the registry sees to that, and to the Manage
 * Server check). In the console, which has no server, it says where tips are set up and shows what the console's store
 * holds.
 */
public final class DailyTipsCommand implements BotCommand {

    public static final String NAME = "tips";
    public static final String SET = "set";
    public static final String ON = "on";
    public static final String OFF = "off";
    public static final String STATUS = "status";
    public static final String POST_NOW = "post-now";
    public static final String CHANNEL = "channel";
    public static final String TIME = "time";
    public static final String TIMEZONE = "timezone";

    private static final int MAX_TIME_LENGTH = 16;
    private static final int MAX_TIMEZONE_LENGTH = 64;

    /** What an admin is told when the store did not take the work soon enough. */
    public static final String STORE_BUSY = StoreBusyException.ADVICE + " Nothing was changed.";

    private final DailyTipService service;
    private final PostingAccess access;

    public DailyTipsCommand(DailyTipService service, PostingAccess access) {
        this.service = Objects.requireNonNull(service, "service");
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * Servers only and, by default, visible only to members with Manage Server (server owners may change who sees it,
     * which is why the registry checks again).
     */
    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                NAME,
                "Daily study tips in a channel of this server (admins)",
                Access.SERVER_MANAGERS,
                Reach.SERVERS,
                new SubcommandSpec(
                        SET,
                        "Choose the channel, time and timezone (all three the first time)",
                        List.of(
                                OptionSpec.channel(CHANNEL, "Text channel to post the daily tip in")
                                        .optional(),
                                OptionSpec.text(TIME, "Time of day, 24-hour HH:mm, e.g. 09:00", MAX_TIME_LENGTH)
                                        .optional(),
                                OptionSpec.text(
                                                TIMEZONE,
                                                "Timezone, e.g. Europe/Berlin or America/New_York",
                                                MAX_TIMEZONE_LENGTH)
                                        .optional()
                                        .withAutocomplete())),
                new SubcommandSpec(ON, "Turn the daily tip on (also resumes paused tips)"),
                new SubcommandSpec(OFF, "Turn the daily tip off"),
                new SubcommandSpec(STATUS, "Show the settings, the next and last tip, and problems"),
                new SubcommandSpec(
                        POST_NOW, "Post a tip in the tip channel now; the daily tip still goes out as usual"));
    }

    /** Every subcommand reads or writes the daily-tip settings. */
    @Override
    public Reply answer(CommandCall call) {
        if (call.scope().place().isConsole()) {
            return onConsole();
        }
        long serverId = call.scope().place().id();
        try {
            return switch (call.subcommand()) {
                case SET -> set(serverId, call);
                case ON -> switchOn(serverId);
                case OFF -> switchOff(serverId);
                case STATUS -> StatusReply.of(serverId, service.status(serverId), "");
                default -> postNow(serverId);
            };
        } catch (StoreBusyException e) {
            return Reply.problem(call.subcommand().equals(STATUS) ? StoreBusyException.ADVICE : STORE_BUSY);
        } catch (StoreUnwritableException e) {
            if (call.subcommand().equals(STATUS)) {
                // only read: nothing was to change, and the admin asking wants to know what is wrong and since when
                return Reply.problem(DiscordFormat.text(service.storeProblem().orElse(e.getMessage())));
            }
            return Reply.problem("Nothing was changed: studybot cannot write its store right now. The bot's host "
                    + "has been told in the log; try again once it is fixed.");
        }
    }

    @Override
    public List<Choice> complete(CompletionCall call) {
        if (!call.option().equals(TIMEZONE)) {
            return List.of();
        }
        return TimeZones.complete(call.typed()).stream()
                .map(zone -> new Choice(zone, zone))
                .toList();
    }

    /** The console has no server: say where tips are set up, and show the servers the console's store knows. */
    private Reply onConsole() {
        List<ReplyField> fields = new ArrayList<>();
        for (long serverId : service.serverIds()) {
            DailyTipStatus status = service.status(serverId);
            status.settings()
                    .ifPresent(settings -> fields.add(new ReplyField(
                            "Server " + serverId,
                            (status.pausedReason().isPresent() ? "paused" : settings.enabled() ? "on" : "off") + " · "
                                    + PostTimeFormat.format(settings.postTime()) + " "
                                    + settings.zone().getId()
                                    + " · channel " + settings.channelId())));
        }
        Text text = Text.markup("Daily tips are set up on Discord, in each server, by members with the Manage Server"
                + " permission: `/tips set channel:#study time:09:00 timezone:Europe/Berlin`. The console cannot"
                + " post them. "
                + (fields.isEmpty()
                        ? "This console's store holds no daily-tip settings yet."
                        : "This console's store holds these settings:"));
        return Reply.content(StatusReply.TITLE, text).withFields(fields);
    }

    private Reply set(long serverId, CommandCall call) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        OptionalLong channelId = call.options().channel(CHANNEL);
        Optional<String> typedTime = call.options().optionalText(TIME);
        Optional<String> typedZone = call.options().optionalText(TIMEZONE);
        boolean complete = channelId.isPresent() && typedTime.isPresent() && typedZone.isPresent();
        if (current.isEmpty() && !complete) {
            return Reply.problem(Text.markup("To set up daily tips, give all three: `channel`, `time` (24-hour"
                    + " HH:mm, e.g. 09:00) and `timezone` (e.g. Europe/Berlin). Later you can change any one of them"
                    + " alone."));
        }
        if (channelId.isEmpty() && typedTime.isEmpty() && typedZone.isEmpty()) {
            return Reply.problem(Text.markup("Give the `channel`, `time` or `timezone` to change. `/tips status`"
                    + " shows the current settings."));
        }
        LocalTime time;
        ZoneId zone;
        try {
            time = typedTime.isPresent()
                    ? PostTimeFormat.parse(typedTime.get())
                    : current.get().postTime();
            zone = typedZone.isPresent()
                    ? TimeZones.parse(typedZone.get())
                    : current.get().zone();
        } catch (InvalidSettingException e) {
            return Reply.problem(e.getMessage());
        }
        long channel =
                channelId.isPresent() ? channelId.getAsLong() : current.get().channelId();
        Optional<String> problem = access.problem(serverId, channel);
        if (problem.isPresent()) {
            return Reply.problem(DiscordFormat.text(problem.get() + " Nothing was changed."));
        }
        service.changeSettings(
                serverId,
                new SettingsChange(
                        channelId,
                        typedTime.isPresent() ? Optional.of(time) : Optional.empty(),
                        typedZone.isPresent() ? Optional.of(zone) : Optional.empty(),
                        current.isPresent() ? Optional.empty() : Optional.of(true)));
        return StatusReply.of(serverId, service.status(serverId), "Saved.");
    }

    private Reply switchOn(long serverId) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        if (current.isEmpty()) {
            return notSetUp();
        }
        Optional<String> problem = access.problem(serverId, current.get().channelId());
        if (problem.isPresent()) {
            return Reply.problem(DiscordFormat.text(problem.get() + " Daily tips stay as they were; fix that or"
                    + " choose another channel with `/tips set`."));
        }
        service.changeSettings(serverId, SettingsChange.enabled(true));
        return StatusReply.of(serverId, service.status(serverId), "Turned on.");
    }

    private Reply switchOff(long serverId) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        if (current.isEmpty()) {
            return notSetUp();
        }
        service.changeSettings(serverId, SettingsChange.enabled(false));
        return StatusReply.of(serverId, service.status(serverId), "Turned off.");
    }

    private Reply postNow(long serverId) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        if (current.isEmpty()) {
            return notSetUp();
        }
        long channelId = current.get().channelId();
        Optional<String> problem = access.problem(serverId, channelId);
        if (problem.isPresent()) {
            return Reply.problem(DiscordFormat.text(problem.get()));
        }
        SentMessage sent;
        try {
            sent = service.postNow(serverId, channelId);
        } catch (TipSendException e) {
            return Reply.problem(DiscordFormat.text("Could not post the tip: " + e.getMessage()));
        } catch (IllegalStateException e) {
            return Reply.problem(e.getMessage());
        }
        String link = DiscordFormat.messageLink(serverId, channelId, sent.messageId());
        return Reply.content(
                        StatusReply.TITLE,
                        Text.builder()
                                .plain("Posted a tip in ")
                                .channel(channelId)
                                .plain(": ")
                                .link(link, link)
                                .plain("\nIt is an extra one: it does not count as the day's tip.")
                                .build())
                .toAskerOnly();
    }

    private static Reply notSetUp() {
        return Reply.problem(Text.markup("Daily tips are not set up on this server yet. Start with `/tips set` and a"
                + " channel, a time (24-hour HH:mm) and a timezone."));
    }
}
