package studybot.plan.command;

import java.util.List;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.OptionSpec;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.plan.PlanException;
import studybot.plan.PlanReply;
import studybot.plan.PlanService;
import studybot.reply.Reply;
import studybot.reply.Text;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

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

    public PlanCommand(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                NAME,
                "The server's reading plan (admins)",
                Access.SERVER_MANAGERS,
                Reach.SERVERS,
                new SubcommandSpec(
                        SET,
                        "Start a reading plan today: where it starts and how fast it goes",
                        List.of(
                                OptionSpec.text(
                                        START,
                                        "First section, e.g. 20.1 (a chapter, e.g. 20, starts at its first)",
                                        40),
                                OptionSpec.text(
                                        PACE, "Sections per reading, 1 to 50, or \"chapter\" for a chapter a week", 40),
                                OptionSpec.text(DAYS, "Reading days, e.g. mon,wed,fri (every day if not given)", 80)
                                        .optional())),
                new SubcommandSpec(STATUS, "Today's reading, sections left and the expected end"),
                new SubcommandSpec(PAUSE, "Hold the plan where it is (today's reading still counts)"),
                new SubcommandSpec(RESUME, "Run the paused plan again from today"),
                new SubcommandSpec(SKIP, "Move the plan one reading ahead"),
                new SubcommandSpec(BACK, "Move the plan one reading back"),
                new SubcommandSpec(OFF, "Switch the plan off"));
    }

    @Override
    public Reply answer(CommandCall call) {
        long server = call.scope().place().storageKey();
        boolean console = call.scope().place().isConsole();
        try {
            return switch (call.subcommand()) {
                case SET ->
                    PlanReply.of(
                                    plans.set(
                                            server,
                                            call.options().text(START),
                                            call.options().text(PACE),
                                            call.options().text(DAYS)),
                                    "Plan set. It starts today.",
                                    console)
                            .toAskerOnly();
                case PAUSE ->
                    PlanReply.of(plans.pause(server), "Paused.", console).toAskerOnly();
                case RESUME ->
                    PlanReply.of(plans.resume(server), "Resumed.", console).toAskerOnly();
                case SKIP ->
                    PlanReply.of(plans.skip(server), "Skipped one reading.", console)
                            .toAskerOnly();
                case BACK ->
                    PlanReply.of(plans.back(server), "Went back one reading.", console)
                            .toAskerOnly();
                case OFF -> {
                    plans.off(server);
                    yield Reply.content(
                                    PlanReply.TITLE,
                                    Text.markup("The reading plan is off. The daily post is the"
                                            + " plain tip again. `/plan set` starts a new plan."))
                            .toAskerOnly();
                }
                default -> status(server, console);
            };
        } catch (PlanException e) {
            return Reply.problem(e.getMessage());
        } catch (StoreBusyException e) {
            return Reply.problem("The store is busy, try again in a moment. Nothing was changed.");
        } catch (StoreUnwritableException e) {
            return Reply.problem("Nothing was changed: studybot cannot write its store right now. The bot's host "
                    + "has been told in the log; try again once it is fixed.");
        }
    }

    private Reply status(long server, boolean console) {
        return plans.today(server)
                .map(day -> PlanReply.of(day, "", console).toAskerOnly())
                .orElseGet(() -> Reply.problem(Text.markup(
                        (plans.isOff(server) ? "The reading plan is off." : "This server has no reading plan.")
                                + " Start one with `/plan set start:20.1 pace:1` "
                                + "(add `days:mon,wed,fri` to read on chosen days, or use `pace:chapter` for a chapter a "
                                + "week).")));
    }
}
