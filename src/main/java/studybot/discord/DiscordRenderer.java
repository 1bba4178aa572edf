package studybot.discord;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.reply.DiscordMarkdown;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyAttachment;
import studybot.reply.ReplyField;
import studybot.reply.WordCut;

/**
 * Turns a transport-neutral {@link Reply} into a Discord message: one embed, then its pick lists and buttons.
 * Everything is fitted to Discord's limits here, so no reply can be refused for size, and every message is sent with no
 * allowed mentions, so no reply can ever ping anyone.
 */
public final class DiscordRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordRenderer.class);
    private static final int CONTENT_COLOUR = 0x5865F2;
    private static final int PROBLEM_COLOUR = 0xFEE75C;

    /**
     * The message; a reply's file goes with it as an upload, its alt text as the file's description, and a picture is
     * shown inside the embed.
     */
    public MessageCreateData create(Reply reply) {
        MessageCreateBuilder message = new MessageCreateBuilder()
                .setEmbeds(embed(reply))
                .setComponents(rows(reply))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class));
        reply.attachment()
                .ifPresent(file -> message.setFiles(
                        FileUpload.fromData(file.bytes(), file.fileName()).setDescription(file.altText())));
        return message.build();
    }

    public MessageEditData edit(Reply reply) {
        return MessageEditBuilder.fromCreateData(create(reply)).build();
    }

    MessageEmbed embed(Reply reply) {
        EmbedBuilder embed =
                new EmbedBuilder().setColor(reply.kind() == Reply.Kind.CONTENT ? CONTENT_COLOUR : PROBLEM_COLOUR);
        String title = WordCut.toLength(DiscordMarkdown.escape(reply.title()), DiscordLimits.EMBED_TITLE);
        String footer = WordCut.toLength(reply.footer(), DiscordLimits.FOOTER);
        String text = DiscordText.markdown(reply.text());
        List<ReplyField> fields =
                reply.fields().subList(0, Math.min(reply.fields().size(), DiscordLimits.EMBED_FIELDS));
        List<String> names = fields.stream()
                .map(field -> WordCut.toLength(DiscordMarkdown.escape(field.name()), DiscordLimits.FIELD_NAME))
                .toList();
        List<String> values = fields.stream()
                .map(field -> DiscordText.markdown(field.value()))
                .toList();
        int fixed = title.length()
                + footer.length()
                + names.stream().mapToInt(String::length).sum();
        int flexible = Math.min(text.length(), DiscordLimits.EMBED_DESCRIPTION)
                + values.stream()
                        .mapToInt(value -> Math.min(value.length(), DiscordLimits.FIELD_VALUE))
                        .sum();
        double share = flexible == 0 ? 1 : Math.min(1, (DiscordLimits.EMBEDS_TOTAL - fixed) / (double) flexible);
        if (!title.isEmpty()) {
            embed.setTitle(title);
        }
        embed.setDescription(fitShare(text, DiscordLimits.EMBED_DESCRIPTION, share));
        for (int i = 0; i < fields.size(); i++) {
            embed.addField(names.get(i), fitShare(values.get(i), DiscordLimits.FIELD_VALUE, share), false);
        }
        if (!footer.isEmpty()) {
            embed.setFooter(footer);
        }
        reply.attachment()
                .filter(ReplyAttachment::isPicture)
                .ifPresent(picture -> embed.setImage("attachment://" + picture.fileName()));
        return embed.build();
    }

    private static String fitShare(String text, int limit, double share) {
        int max = (int) Math.floor(Math.min(text.length(), limit) * share);
        return WordCut.toLength(text, max);
    }

    /**
     * Pick lists first, a row each; then the buttons, five to a row, a button that {@code startsRow} beginning a new
     * one; five rows at most.
     */
    List<ActionRow> rows(Reply reply) {
        List<ActionRow> rows = new ArrayList<>();
        List<List<Button>> buttonRows = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (ReplyAction action : reply.actions()) {
            if (action instanceof ReplyAction.PickList list) {
                if (rows.size() < DiscordLimits.ROWS && fits(list.id()) && usedIds.add(list.id())) {
                    rows.add(ActionRow.of(pickList(list)));
                }
            } else if (action instanceof ReplyAction.Button button && fits(button.id()) && usedIds.add(button.id())) {
                String label = WordCut.toLength(button.label(), DiscordLimits.BUTTON_LABEL);
                if (buttonRows.isEmpty()
                        || button.startsRow()
                        || buttonRows.get(buttonRows.size() - 1).size() == DiscordLimits.BUTTONS_PER_ROW) {
                    buttonRows.add(new ArrayList<>());
                }
                buttonRows
                        .get(buttonRows.size() - 1)
                        .add(
                                button.style() == ReplyAction.Style.PRIMARY
                                        ? Button.primary(button.id(), label)
                                        : Button.secondary(button.id(), label));
            }
        }
        for (int i = 0; i < buttonRows.size() && rows.size() < DiscordLimits.ROWS; i++) {
            rows.add(ActionRow.of(buttonRows.get(i)));
        }
        return rows;
    }

    /** An id too long for Discord is a bug in the feature that made it; its action is left out, not the reply. */
    private static boolean fits(String id) {
        if (id.length() <= DiscordLimits.CUSTOM_ID) {
            return true;
        }
        LOG.error("Left out an action whose id is longer than {} characters: {}", DiscordLimits.CUSTOM_ID, id);
        return false;
    }

    private static StringSelectMenu pickList(ReplyAction.PickList list) {
        StringSelectMenu.Builder menu = StringSelectMenu.create(list.id())
                .setPlaceholder(WordCut.toLength(list.placeholder(), DiscordLimits.SELECT_PLACEHOLDER));
        Set<String> usedValues = new HashSet<>();
        for (ReplyAction.Pick pick : list.picks()) {
            if (usedValues.size() < DiscordLimits.SELECT_OPTIONS
                    && pick.value().length() <= DiscordLimits.SELECT_VALUE
                    && usedValues.add(pick.value())) {
                menu.addOptions(
                        SelectOption.of(WordCut.toLength(pick.label(), DiscordLimits.SELECT_LABEL), pick.value()));
            }
        }
        return menu.build();
    }
}
