package studybot.dailytips.command;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import studybot.command.Translations;
import studybot.dailytips.DailyTipService;
import studybot.dailytips.DailyTipSettings;
import studybot.dailytips.DailyTipStatus;
import studybot.dailytips.DigestThreads;
import studybot.dailytips.DiscordFormat;
import studybot.dailytips.InvalidSettingException;
import studybot.dailytips.PostTimeFormat;
import studybot.dailytips.PostingAccess;
import studybot.dailytips.PostingProblem;
import studybot.dailytips.SentMessage;
import studybot.dailytips.SettingsChange;
import studybot.dailytips.TimeZoneCompletion;
import studybot.dailytips.TimeZones;
import studybot.dailytips.TipSendException;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * {@code /tips}: server admins choose where and when the daily tip goes, switch it on and off, see its status and try
 * it out. Everything it answers is shown only to the admin who asked (the registry sees to that, and to the Manage
 * Server check). In the console, which has no server, it says where tips are set up and shows what the console's store
 * holds. Its answers are in the admin's own language.
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

    private final DailyTipService service;
    private final PostingAccess access;
    private final DigestThreads threads;
    private final Texts texts;
    private final TimeZoneCompletion zoneChoices = new TimeZoneCompletion(TIMEZONE);

    /**
     * @param threads asked what studybot lacks to open each digest's discussion thread, for the status
     * @param texts the {@code dailytips} bundle
     */
    public DailyTipsCommand(DailyTipService service, PostingAccess access, DigestThreads threads, Texts texts) {
        this.service = Objects.requireNonNull(service, "service");
        this.access = Objects.requireNonNull(access, "access");
        this.threads = Objects.requireNonNull(threads, "threads");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /**
     * Servers only and, by default, visible only to members with Manage Server (server owners may change who sees it,
     * which is why the registry checks again).
     */
    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        NAME,
                        texts.english("describe.tips"),
                        Access.SERVER_MANAGERS,
                        Reach.SERVERS,
                        new SubcommandSpec(
                                SET,
                                texts.english("describe.tips.set"),
                                List.of(
                                        OptionSpec.channel(CHANNEL, texts.english("describe.tips.set.channel"))
                                                .optional(),
                                        OptionSpec.text(TIME, texts.english("describe.tips.set.time"), MAX_TIME_LENGTH)
                                                .optional(),
                                        OptionSpec.text(
                                                        TIMEZONE,
                                                        texts.english("describe.tips.set.timezone"),
                                                        MAX_TIMEZONE_LENGTH)
                                                .optional()
                                                .withAutocomplete())),
                        new SubcommandSpec(ON, texts.english("describe.tips.on")),
                        new SubcommandSpec(OFF, texts.english("describe.tips.off")),
                        new SubcommandSpec(STATUS, texts.english("describe.tips.status")),
                        new SubcommandSpec(POST_NOW, texts.english("describe.tips.post-now")))
                .translatedBy(Translations.from(texts));
    }

    /** Every subcommand reads or writes the daily-tip settings. */
    @Override
    public Reply answer(CommandCall call) {
        Locale language = call.privateLocale();
        if (call.scope().place().isConsole()) {
            return onConsole(language);
        }
        long serverId = call.scope().place().id();
        try {
            return switch (call.subcommand()) {
                case SET -> set(serverId, call, language);
                case ON -> switchOn(serverId, language);
                case OFF -> switchOff(serverId, language);
                case STATUS -> status(serverId, "", language);
                default -> postNow(serverId, call.asker().interaction(), language);
            };
        } catch (StoreBusyException e) {
            String busy = StoreBusyException.advice(language);
            return Reply.problem(
                    call.subcommand().equals(STATUS) ? busy : busy + texts.text(language, "set.unchanged"));
        } catch (StoreUnwritableException e) {
            if (call.subcommand().equals(STATUS)) {
                // only read: nothing was to change, and the admin asking wants to know what is wrong and since when
                return Reply.problem(service.storeProblem(language).orElse(e.getMessage()));
            }
            return Reply.problem(texts.text(language, "store.unwritable"));
        }
    }

    @Override
    public List<Choice> complete(CompletionCall call) {
        return zoneChoices.complete(call);
    }

    /** The console has no server: say where tips are set up, and show the servers the console's store knows. */
    private Reply onConsole(Locale language) {
        List<ReplyField> fields = new ArrayList<>();
        for (long serverId : service.serverIds()) {
            DailyTipStatus status = service.status(serverId, language);
            status.settings()
                    .ifPresent(settings -> fields.add(new ReplyField(
                            texts.format(language, "console.server", Map.of("id", String.valueOf(serverId))),
                            texts.format(
                                    language,
                                    "console.line",
                                    Map.of(
                                            "state",
                                            status.pausedReason().isPresent()
                                                    ? "paused"
                                                    : settings.enabled() ? "on" : "off",
                                            "time",
                                            PostTimeFormat.format(settings.postTime()),
                                            "zone",
                                            settings.zone().getId(),
                                            "channel",
                                            String.valueOf(settings.channelId()))))));
        }
        Text text = Text.markup(texts.text(language, fields.isEmpty() ? "console.none" : "console.some"));
        return Reply.content(texts.text(language, "status.title"), text).withFields(fields);
    }

    private Reply set(long serverId, CommandCall call, Locale language) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        OptionalLong channelId = call.options().channel(CHANNEL);
        Optional<String> typedTime = call.options().optionalText(TIME);
        Optional<String> typedZone = call.options().optionalText(TIMEZONE);
        boolean complete = channelId.isPresent() && typedTime.isPresent() && typedZone.isPresent();
        if (current.isEmpty() && !complete) {
            return Reply.problem(Text.markup(texts.text(language, "set.all.three")));
        }
        if (channelId.isEmpty() && typedTime.isEmpty() && typedZone.isEmpty()) {
            return Reply.problem(Text.markup(texts.text(language, "set.nothing")));
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
            return Reply.problem(e.message(language));
        }
        long channel =
                channelId.isPresent() ? channelId.getAsLong() : current.get().channelId();
        Optional<PostingProblem> problem = access.problem(serverId, channel);
        if (problem.isPresent()) {
            return Reply.problem(
                    problem.get().text(language).append(Text.plain(texts.text(language, "set.unchanged"))));
        }
        service.changeSettings(
                serverId,
                new SettingsChange(
                        channelId,
                        typedTime.isPresent() ? Optional.of(time) : Optional.empty(),
                        typedZone.isPresent() ? Optional.of(zone) : Optional.empty(),
                        current.isPresent() ? Optional.empty() : Optional.of(true)));
        return status(serverId, "status.saved", language);
    }

    private Reply switchOn(long serverId, Locale language) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        if (current.isEmpty()) {
            return notSetUp(language);
        }
        Optional<PostingProblem> problem =
                access.problem(serverId, current.get().channelId());
        if (problem.isPresent()) {
            return Reply.problem(
                    problem.get().text(language).append(Text.markup(texts.text(language, "on.unchanged"))));
        }
        service.changeSettings(serverId, SettingsChange.enabled(true));
        return status(serverId, "status.turned.on", language);
    }

    private Reply switchOff(long serverId, Locale language) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        if (current.isEmpty()) {
            return notSetUp(language);
        }
        service.changeSettings(serverId, SettingsChange.enabled(false));
        return status(serverId, "status.turned.off", language);
    }

    private Reply postNow(long serverId, OptionalLong interaction, Locale language) {
        Optional<DailyTipSettings> current = service.settings(serverId);
        if (current.isEmpty()) {
            return notSetUp(language);
        }
        long channelId = current.get().channelId();
        Optional<PostingProblem> problem = access.problem(serverId, channelId);
        if (problem.isPresent()) {
            return Reply.problem(problem.get().text(language));
        }
        SentMessage sent;
        try {
            sent = service.postNow(serverId, channelId, interaction);
        } catch (TipSendException e) {
            return Reply.problem(Text.plain(texts.text(language, "now.failed")).append(e.text(language)));
        } catch (IllegalStateException e) {
            // what postNow throws when the book has no tips
            return Reply.problem(service.noTips(serverId, language).in(language));
        }
        String link = DiscordFormat.messageLink(serverId, channelId, sent.messageId());
        return Reply.content(
                        texts.text(language, "status.title"),
                        Text.builder()
                                .plain(texts.text(language, "now.posted"))
                                .channel(channelId)
                                .plain(texts.text(language, "now.link"))
                                .link(link, link)
                                .plain(texts.text(language, "now.extra"))
                                .build())
                .toAskerOnly();
    }

    private Reply notSetUp(Locale language) {
        return Reply.problem(Text.markup(texts.text(language, "not.set.up")));
    }

    /** The server's status, with what digests lack to open their threads in its tip channel. */
    private Reply status(long serverId, String headline, Locale language) {
        DailyTipStatus status = service.status(serverId, language);
        Optional<Text> threadsMissing =
                status.settings().flatMap(settings -> threads.missing(serverId, settings.channelId(), language));
        return StatusReply.of(serverId, status, threadsMissing, headline, texts, language);
    }
}
