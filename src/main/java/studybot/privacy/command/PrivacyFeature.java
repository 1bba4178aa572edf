package studybot.privacy.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.ClickCall;
import studybot.command.ClickMode;
import studybot.command.ClickRoute;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.ConfirmationNonces;
import studybot.command.Feature;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.privacy.AnkiCards;
import studybot.privacy.MemberRecord;
import studybot.privacy.PersonalData;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyAttachment;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * {@code /privacy export|cards|forget}: a member's own data in every server and in direct messages at once, since
 * reviews and read marks follow them wherever they study. Every reply is private. Deleting asks first, and the
 * confirmation works only with the nonce its prompt issued.
 */
public final class PrivacyFeature implements Feature {

    static final String PRIVACY = "privacy";
    static final String EXPORT = "export";
    static final String CARDS = "cards";
    static final String FORGET = "forget";
    /** The confirmation button of {@code /privacy forget}: {@code privacy-forget:<nonce>}. */
    static final String FORGET_CONFIRMED = "privacy-forget";

    private static final String TITLE = "Your data";
    private static final String STORE_BUSY = "The store is busy, try again in a moment. Nothing was changed.";
    private static final String STORE_UNWRITABLE = "Nothing was changed: studybot cannot reach its store right now."
            + " The bot's host has been told in the log; try again once it is fixed.";

    private final PersonalData data;
    private final ConfirmationNonces nonces;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public PrivacyFeature(PersonalData data, ConfirmationNonces nonces) {
        this.data = data;
        this.nonces = nonces;
    }

    @Override
    public List<BotCommand> commands() {
        CommandSpec spec = CommandSpec.withSubcommands(
                PRIVACY,
                "What studybot keeps about you, everywhere: see it, take your cards, delete it",
                Access.EVERYONE,
                Reach.EVERYWHERE,
                new SubcommandSpec(EXPORT, "Everything studybot keeps about you, as a JSON file"),
                new SubcommandSpec(CARDS, "Your quiz cards as a file Anki imports"),
                new SubcommandSpec(FORGET, "Delete everything studybot keeps about you, in every server"));
        return List.of(new BotCommand() {
            @Override
            public CommandSpec spec() {
                return spec;
            }

            @Override
            public Reply answer(CommandCall call) {
                return guarded(() -> switch (call.subcommand()) {
                    case CARDS -> cards(call);
                    case FORGET -> forgetPrompt(call);
                    default -> export(call);
                });
            }
        });
    }

    @Override
    public List<ClickRoute> clickRoutes() {
        return List.of(new ClickRoute(FORGET_CONFIRMED, ClickMode.EDIT_MESSAGE, this::forgetConfirmed));
    }

    private Reply export(CommandCall call) {
        MemberRecord record = data.export(call.asker().userId());
        if (record.tables().isEmpty()) {
            return Reply.content(TITLE, "studybot keeps nothing about you: no answers, read marks or opt-ins.")
                    .toAskerOnly();
        }
        byte[] file = toJson(record);
        String tables = summary(record);
        return Reply.content(
                        TITLE,
                        "Everything studybot keeps about you, in every server and here: " + record.rowCount()
                                + (record.rowCount() == 1 ? " row" : " rows") + " (" + tables + ").")
                .withAttachment(ReplyAttachment.file(
                        "studybot-data.json", file, "Everything studybot keeps about you, as JSON: " + tables))
                .toAskerOnly();
    }

    private Reply cards(CommandCall call) {
        List<String> cardIds =
                data.export(call.asker().userId()).tables().getOrDefault("quiz_reviews", List.of()).stream()
                        .map(row -> String.valueOf(row.get("card_id")))
                        .toList();
        AnkiCards.Export export =
                AnkiCards.of(cardIds, call.scope().book().get().quiz()::find);
        if (export.cards() == 0) {
            return Reply.content(
                            TITLE,
                            export.retired() == 0
                                    ? "You have no quiz cards yet: answer a question with `/quiz next` first."
                                    : "Your cards are about facts that have left the book, so there is nothing to"
                                            + " export.")
                    .toAskerOnly();
        }
        return Reply.content(
                        TITLE,
                        export.cards() + (export.cards() == 1 ? " card" : " cards")
                                + " for Anki (File › Import, then pick the file)"
                                + (export.retired() == 0
                                        ? "."
                                        : "; " + export.retired() + " left out, their facts have left the book."))
                .withAttachment(ReplyAttachment.file(
                        "studybot-cards.csv",
                        export.csv().getBytes(StandardCharsets.UTF_8),
                        "Your " + export.cards() + " quiz cards as comma-separated text for Anki"))
                .toAskerOnly();
    }

    private Reply forgetPrompt(CommandCall call) {
        String nonce = nonces.issue(key(call.asker().userId()));
        return Reply.content(
                        TITLE,
                        "This deletes everything studybot keeps about you in every server and in your personal space (DMs,"
                                + " group DMs and servers without studybot):"
                                + " your quiz answers and card schedules, read marks, round answers and sharing"
                                + " choices. Rounds you started stay for the group without your name. It cannot be"
                                + " undone.")
                .withActions(List.of(new ReplyAction.Button(
                        "Delete everything", FORGET_CONFIRMED + ":" + nonce, ReplyAction.Style.PRIMARY, "")))
                .toAskerOnly();
    }

    /** Replaces the private prompt, so its button is gone once used. */
    private Reply forgetConfirmed(ClickCall click) {
        long member = click.asker().userId();
        if (click.args().size() != 1 || !nonces.redeem(key(member), click.args().get(0))) {
            return Reply.problem("This button isn't valid any more. Use `/privacy forget` to ask again.");
        }
        return guarded(() -> {
            Map<String, Integer> deleted = data.forget(member);
            return Reply.content(
                            TITLE,
                            deleted.isEmpty()
                                    ? "studybot kept nothing about you."
                                    : "Deleted: " + describe(deleted) + ". studybot keeps nothing more about you.")
                    .toAskerOnly();
        });
    }

    private byte[] toJson(MemberRecord record) {
        try {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("member_id", record.memberId());
            file.put("exported_at", record.exportedAt().toString());
            file.put("tables", record.tables());
            return json.writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a member record is plain values and always serialises", e);
        }
    }

    private static String summary(MemberRecord record) {
        return describe(record.tables().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().size(), (a, b) -> a, LinkedHashMap::new)));
    }

    /** {@code quiz answers 3, read marks 2}: table names as words, with their counts. */
    private static String describe(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(entry -> entry.getKey().replace('_', ' ') + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String key(long member) {
        return PRIVACY + "/" + member;
    }

    private static Reply guarded(Supplier<Reply> work) {
        try {
            return work.get();
        } catch (StoreBusyException e) {
            return Reply.problem(STORE_BUSY);
        } catch (StoreUnwritableException e) {
            return Reply.problem(STORE_UNWRITABLE);
        }
    }
}
