package studybot.dailytips.discord;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.InvalidSettingException;
import studybot.dailytips.PostTimeFormat;
import studybot.dailytips.SentMessage;
import studybot.dailytips.SettingsChange;
import studybot.dailytips.TimeZones;
import studybot.dailytips.TipSendException;
import studybot.reply.Reply;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * {@code /tips}: server admins choose where and when the daily tip goes, switch it on and off, see its status and
 * try it out. Everything it answers is shown only to the admin who asked. Discord already hides the command from
 * members without Manage Server, but server owners can override that, so the permission is checked here too.
 */
public final class TipsCommand {

    public static final String NAME = "tips";
    public static final String SET = "set";
    public static final String ON = "on";
    public static final String OFF = "off";
    public static final String STATUS = "status";
    public static final String POST_NOW = "post-now";
    public static final List<String> SUBCOMMANDS = List.of(SET, ON, OFF, STATUS, POST_NOW);
    public static final String CHANNEL = "channel";
    public static final String TIME = "time";
    public static final String TIMEZONE = "timezone";

    /** What an admin is told when the store did not take the work soon enough. */
    public static final String STORE_BUSY = "The store is busy, try again in a moment. Nothing was changed.";

    private final DailyTipService service;
    private final PostingAccess access;

    public TipsCommand(DailyTipService service, PostingAccess access) {
        this.service = Objects.requireNonNull(service, "service");
        this.access = Objects.requireNonNull(access, "access");
    }

    public Reply answer(TipsRequest request) {
        if (request.serverId().isEmpty()) {
            return Reply.problem("Daily tips are set up for each server, so `/tips` works only in a server. Use it"
                    + " in a channel of the server you want tips in (you need the Manage Server permission there).");
        }
        if (!request.mayManageServer()) {
            return Reply.problem("Only members with the Manage Server permission can use `/tips`. Ask a server"
                    + " admin if you would like daily tips here; anyone can get one any time with `/tip`.");
        }
        long serverId = request.serverId().getAsLong();
        try {
            return switch (request.subcommand()) {
                case SET -> set(serverId, request);
                case ON -> switchOn(serverId);
                case OFF -> switchOff(serverId);
                case STATUS -> StatusReply.of(serverId, service.status(serverId), "");
                case POST_NOW -> postNow(serverId);
                default -> Reply.problem("`/tips " + request.subcommand() + "` is not something studybot knows. Use "
                        + "one of: " + String.join(", ", SUBCOMMANDS) + ".");
            };
        } catch (StoreBusyException e) {
            return Reply.problem(STORE_BUSY);
        } catch (StoreUnwritableException e) {
            return Reply.problem("Nothing was changed: studybot cannot write its store right now. The bot's host "
                    + "has been told in the log; try again once it is fixed.");
        }
    }

    private Reply set(long serverId, TipsRequest request) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        boolean complete = request.channelId().isPresent() && request.time().isPresent()
                && request.timezone().isPresent();
        if (current.isEmpty() && !complete) {
            return Reply.problem("To set up daily tips, give all three: `channel`, `time` (24-hour HH:mm, e.g. "
                    + "09:00) and `timezone` (e.g. Europe/Berlin). Later you can change any one of them alone.");
        }
        if (request.channelId().isEmpty() && request.time().isEmpty() && request.timezone().isEmpty()) {
            return Reply.problem("Give the `channel`, `time` or `timezone` to change. `/tips status` shows the "
                    + "current settings.");
        }
        LocalTime time;
        ZoneId zone;
        try {
            time = request.time().isPresent() ? PostTimeFormat.parse(request.time().get()) : current.get().postTime();
            zone = request.timezone().isPresent() ? TimeZones.parse(request.timezone().get()) : current.get().zone();
        } catch (InvalidSettingException e) {
            return Reply.problem(e.getMessage());
        }
        long channelId = request.channelId().isPresent() ? request.channelId().getAsLong()
                : current.get().channelId();
        Optional<String> problem = access.problem(serverId, channelId);
        if (problem.isPresent()) {
            return Reply.problem(problem.get() + " Nothing was changed.");
        }
        service.changeSettings(serverId, new SettingsChange(request.channelId(),
                request.time().isPresent() ? Optional.of(time) : Optional.empty(),
                request.timezone().isPresent() ? Optional.of(zone) : Optional.empty(),
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
            return Reply.problem(problem.get() + " Daily tips stay as they were; fix that or choose another "
                    + "channel with `/tips set`.");
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
            return Reply.problem(problem.get());
        }
        SentMessage sent;
        try {
            sent = service.postNow(serverId, channelId);
        } catch (TipSendException e) {
            return Reply.problem("Could not post the tip: " + e.getMessage());
        } catch (IllegalStateException e) {
            return Reply.problem(e.getMessage());
        }
        return Reply.content(StatusReply.TITLE, "Posted a tip in " + DiscordFormat.channel(channelId) + ": "
                + DiscordFormat.messageLink(serverId, channelId, sent.messageId())
                + "\nIt is an extra one: it does not count as the day's tip.")
                .toAskerOnly();
    }

    private static Reply notSetUp() {
        return Reply.problem("Daily tips are not set up on this server yet. Start with `/tips set` and a channel,"
                + " a time (24-hour HH:mm) and a timezone.");
    }
}
