package studybot.privacy.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import studybot.command.Access;
import studybot.command.BotCommand;
import studybot.command.ClickCall;
import studybot.command.CommandCall;
import studybot.command.CommandSpec;
import studybot.command.ConfirmationNonces;
import studybot.command.Reach;
import studybot.command.SubcommandSpec;
import studybot.command.Translations;
import studybot.i18n.Texts;
import studybot.privacy.AnkiCards;
import studybot.privacy.MemberRecord;
import studybot.privacy.PersonalData;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyAttachment;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/**
 * The {@code /privacy export|cards|forget} command: a member's own data in every server and in direct messages at once,
 * since reviews and read marks follow them wherever they study. Every reply is private. Deleting asks first, and the
 * confirmation works only with the nonce its prompt issued; {@link PrivacyFeature} routes its click back here.
 */
final class PrivacyCommand implements BotCommand {

    static final String PRIVACY = "privacy";
    static final String EXPORT = "export";
    static final String CARDS = "cards";
    static final String FORGET = "forget";
    /** The confirmation button of {@code /privacy forget}: {@code privacy-forget:<nonce>}. */
    static final String FORGET_CONFIRMED = "privacy-forget";

    /** The start of the keys naming tables in the bundle: {@code table.read_marks}. */
    private static final String TABLE = "table.";

    private final PersonalData data;
    private final ConfirmationNonces nonces;
    private final Texts texts;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** @param texts the {@code privacy} bundle */
    PrivacyCommand(PersonalData data, ConfirmationNonces nonces, Texts texts) {
        this.data = data;
        this.nonces = nonces;
        this.texts = texts;
    }

    @Override
    public CommandSpec spec() {
        return CommandSpec.withSubcommands(
                        PRIVACY,
                        "What studybot keeps about you, everywhere: see it, take your cards, delete it",
                        Access.EVERYONE,
                        Reach.EVERYWHERE,
                        new SubcommandSpec(EXPORT, "Everything studybot keeps about you, as a JSON file"),
                        new SubcommandSpec(CARDS, "Your quiz cards as a file Anki imports"),
                        new SubcommandSpec(FORGET, "Delete everything studybot keeps about you, in every server"))
                .translatedBy(Translations.from(texts));
    }

    @Override
    public Reply answer(CommandCall call) {
        return guarded(call.privateLocale(), () -> switch (call.subcommand()) {
            case CARDS -> cards(call);
            case FORGET -> forgetPrompt(call);
            default -> export(call);
        });
    }

    private Reply export(CommandCall call) {
        Locale member = call.privateLocale();
        MemberRecord record = data.export(call.asker().userId());
        if (record.tables().isEmpty()) {
            return Reply.content(title(member), texts.text(member, "export.nothing"))
                    .toAskerOnly();
        }
        byte[] file = toJson(record);
        String tables = summary(record, member);
        return Reply.content(
                        title(member),
                        texts.format(member, "export.done", Map.of("rows", record.rowCount(), "tables", tables)))
                .withAttachment(ReplyAttachment.file(
                        "studybot-data.json", file, texts.format(member, "export.file", Map.of("tables", tables))))
                .toAskerOnly();
    }

    private Reply cards(CommandCall call) {
        List<String> cardIds =
                data.export(call.asker().userId()).tables().getOrDefault("quiz_reviews", List.of()).stream()
                        .map(row -> String.valueOf(row.get("card_id")))
                        .toList();
        AnkiCards.Export export =
                AnkiCards.of(cardIds, call.scope().book().get().quiz()::find);
        Locale member = call.privateLocale();
        if (export.cards() == 0) {
            return Reply.content(
                            title(member), texts.text(member, export.retired() == 0 ? "cards.none" : "cards.retired"))
                    .toAskerOnly();
        }
        return Reply.content(
                        title(member),
                        texts.format(
                                member, "cards.done", Map.of("cards", export.cards(), "retired", export.retired())))
                .withAttachment(ReplyAttachment.file(
                        "studybot-cards.csv",
                        export.csv().getBytes(StandardCharsets.UTF_8),
                        texts.format(member, "cards.file", Map.of("cards", export.cards()))))
                .toAskerOnly();
    }

    private Reply forgetPrompt(CommandCall call) {
        Locale member = call.privateLocale();
        String nonce = nonces.issue(key(call.asker().userId()));
        return Reply.content(title(member), texts.text(member, "forget.prompt"))
                .withActions(List.of(new ReplyAction.Button(
                        texts.text(member, "forget.button"),
                        FORGET_CONFIRMED + ":" + nonce,
                        ReplyAction.Style.PRIMARY,
                        "")))
                .toAskerOnly();
    }

    /**
     * A click on the {@code /privacy forget} prompt's button ({@link #FORGET_CONFIRMED}): deletes everything if the
     * nonce is the one the prompt issued. Replaces the private prompt, so its button is gone once used.
     */
    Reply forgetConfirmed(ClickCall click) {
        long member = click.asker().userId();
        Locale reader = click.privateLocale();
        if (click.args().size() != 1 || !nonces.redeem(key(member), click.args().get(0))) {
            return Reply.problem(texts.text(reader, "forget.invalid"));
        }
        return guarded(reader, () -> {
            Map<String, Integer> deleted = data.forget(member);
            return Reply.content(
                            title(reader),
                            deleted.isEmpty()
                                    ? texts.text(reader, "forget.nothing")
                                    : texts.format(reader, "forget.done", Map.of("tables", describe(deleted, reader))))
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

    private String title(Locale member) {
        return texts.text(member, "title");
    }

    private String summary(MemberRecord record, Locale member) {
        return describe(
                record.tables().entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, entry -> entry.getValue().size(), (a, b) -> a, LinkedHashMap::new)),
                member);
    }

    /**
     * {@code quiz answers 3, read marks 2}: tables named in the member's language, with their counts (every table with
     * a personal column has its {@code table.} key: {@code PersonalColumnsTest}).
     */
    private String describe(Map<String, Integer> counts, Locale member) {
        return counts.entrySet().stream()
                .map(entry -> texts.format(
                        member,
                        "table",
                        Map.of("table", texts.text(member, TABLE + entry.getKey()), "count", entry.getValue())))
                .collect(Collectors.joining(", "));
    }

    private static String key(long member) {
        return PRIVACY + "/" + member;
    }

    private Reply guarded(Locale member, Supplier<Reply> work) {
        try {
            return work.get();
        } catch (StoreBusyException e) {
            return Reply.problem(texts.text(member, "store.busy"));
        } catch (StoreUnwritableException e) {
            return Reply.problem(texts.text(member, "store.unwritable"));
        }
    }
}
