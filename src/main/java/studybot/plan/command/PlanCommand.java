package studybot.plan.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.plan.PlanDay;
import studybot.plan.PlanException;
import studybot.plan.PlanReply;
import studybot.plan.PlanService;
import studybot.reply.Reply;
import studybot.reply.ReplyField;
import studybot.reply.Text;

/**
 * {@code /plan}: server managers set the server's reading plan and move it along. Every answer is private to the
 * manager who asked (the registry checks Manage Server and refuses direct messages); on the console it is the console's
 * local plan.
 */
public final class PlanCommand implements BotCommand {

    public static final String NAME = "plan";
    public static final String SET = "set";
    public static final String STATUS = "status";
    public static final String PAUSE = "pause";
    public static final String RESUME = "resume";
    public static final String SKIP = "skip";
    public static final String BACK = "back";
    public static final String OFF = "off";
    public static final String START = "start";
    public static final String PACE = "pace";
    public static final String DAYS = "days";

    private final PlanService plans;
    private final BiFunction<Long, Locale, Optional<Text>> threadsMissing;
    private final Texts texts;
    private final PlanReply replies;

    /**
     * @param threadsMissing what studybot lacks, in a server, to open a discussion thread on each digest, in the
     *     reader's language (empty when nothing is), shown with the plan's status
     * @param texts the {@code plan} bundle
     */
    public PlanCommand(PlanService plans, BiFunction<Long, Locale, Optional<Text>> threadsMissing, Texts texts) {
        this.plans = plans;
        this.threadsMissing = threadsMissing;
        this.texts = texts;
        this.replies = new PlanReply(texts);
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        NAME,
                        texts.english("describe.plan"),
                        Access.SERVER_MANAGERS,
                        Reach.SERVERS,
                        new SubcommandSpec(
                                SET,
                                texts.english("describe.plan.set"),
                                List.of(
                                        OptionSpec.text(START, texts.english("describe.plan.set.start"), 40),
                                        OptionSpec.text(PACE, texts.english("describe.plan.set.pace"), 40),
                                        OptionSpec.text(DAYS, texts.english("describe.plan.set.days"), 80)
                                                .optional())),
                        new SubcommandSpec(STATUS, texts.english("describe.plan.status")),
                        new SubcommandSpec(PAUSE, texts.english("describe.plan.pause")),
                        new SubcommandSpec(RESUME, texts.english("describe.plan.resume")),
                        new SubcommandSpec(SKIP, texts.english("describe.plan.skip")),
                        new SubcommandSpec(BACK, texts.english("describe.plan.back")),
                        new SubcommandSpec(OFF, texts.english("describe.plan.off")))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        long server = call.scope().place().storageKey();
        boolean console = call.scope().place().isConsole();
        Locale reader = call.privateLocale();
        try {
            return switch (call.subcommand()) {
                case SET ->
                    changed(
                            plans.set(
                                    server,
                                    call.options().text(START),
                                    call.options().text(PACE),
                                    call.options().text(DAYS)),
                            "note.set",
                            console,
                            reader);
                case PAUSE -> changed(plans.pause(server), "note.paused", console, reader);
                case RESUME -> changed(plans.resume(server), "note.resumed", console, reader);
                case SKIP -> changed(plans.skip(server), "note.skipped", console, reader);
                case BACK -> changed(plans.back(server), "note.back", console, reader);
                case OFF -> {
                    plans.off(server);
                    yield Reply.content(replies.title(reader), Text.markup(texts.text(reader, "off")))
                            .toAskerOnly();
                }
                default -> status(server, console, reader);
            };
        } catch (PlanException e) {
            return Reply.problem(e.message(reader));
        }
    }

    private Reply changed(PlanDay day, String note, boolean console, Locale reader) {
        return replies.of(day, texts.text(reader, note), console, reader).toAskerOnly();
    }

    private Reply status(long server, boolean console, Locale reader) {
        return plans.today(server)
                .map(day -> withThreads(server, console, replies.of(day, "", console, reader), reader)
                        .toAskerOnly())
                .orElseGet(() -> Reply.problem(Text.markup(texts.format(
                        reader,
                        "status.none",
                        plans.example(server).with(Map.of("off", String.valueOf(plans.isOff(server))))))));
    }

    /**
     * The status with what studybot lacks to open each digest's discussion thread, if anything (not on the console).
     */
    private Reply withThreads(long server, boolean console, Reply status, Locale reader) {
        Optional<Text> missing = console ? Optional.empty() : threadsMissing.apply(server, reader);
        if (missing.isEmpty()) {
            return status;
        }
        List<ReplyField> fields = new ArrayList<>(status.fields());
        fields.add(new ReplyField(texts.text(reader, "threads"), missing.get()));
        return status.withFields(fields);
    }
}
