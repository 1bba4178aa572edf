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
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.WordCut;

/**
 * Turns a transport-neutral {@link Reply} into a Discord message: one embed, then its pick lists and buttons. Everything is fitted to Discord's limits here, so no reply can
 * be refused for size, and every message is sent with no allowed mentions, so no reply can ever ping anyone.
 */
public final class DiscordRenderer {

    private static final Logger LOG = LoggerFactory.getLogger(DiscordRenderer.class);
    private static final int CONTENT_COLOUR = 0x5865F2;
    private static final int PROBLEM_COLOUR = 0xFEE75C;

    public MessageCreateData create(Reply reply) {
        return new MessageCreateBuilder()
                .setEmbeds(embed(reply))
                .setComponents(rows(reply))
                .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class))
                .build();
    }

    public MessageEditData edit(Reply reply) {
        return MessageEditBuilder.fromCreateData(create(reply)).build();
    }

    MessageEmbed embed(Reply reply) {
        EmbedBuilder embed = new EmbedBuilder()
                .setColor(reply.kind() == Reply.Kind.CONTENT ? CONTENT_COLOUR : PROBLEM_COLOUR);
        String title = WordCut.toLength(reply.title(), DiscordLimits.EMBED_TITLE);
        String footer = WordCut.toLength(reply.footer(), DiscordLimits.FOOTER);
        List<ReplyField> fields = reply.fields().subList(0, Math.min(reply.fields().size(), DiscordLimits.EMBED_FIELDS));
        int fixed = title.length() + footer.length();
        for (ReplyField field : fields) {
            fixed += WordCut.toLength(field.name(), DiscordLimits.FIELD_NAME).length();
        }
        int flexible = Math.min(reply.text().length(), DiscordLimits.EMBED_DESCRIPTION);
        for (ReplyField field : fields) {
            flexible += Math.min(field.value().length(), DiscordLimits.FIELD_VALUE);
        }
        double share = flexible == 0 ? 1 : Math.min(1, (DiscordLimits.EMBEDS_TOTAL - fixed) / (double) flexible);
        if (!title.isEmpty()) {
            embed.setTitle(title);
        }
        embed.setDescription(fitShare(reply.text(), DiscordLimits.EMBED_DESCRIPTION, share));
        for (ReplyField field : fields) {
            embed.addField(WordCut.toLength(field.name(), DiscordLimits.FIELD_NAME),
                    fitShare(field.value(), DiscordLimits.FIELD_VALUE, share), false);
        }
        if (!footer.isEmpty()) {
            embed.setFooter(footer);
        }
        return embed.build();
    }

    private static String fitShare(String text, int limit, double share) {
        int max = (int) Math.floor(Math.min(text.length(), limit) * share);
        return WordCut.toLength(text, max);
    }

    /** Pick lists first, a row each; then the buttons, five to a row; five rows at most. */
    List<ActionRow> rows(Reply reply) {
        List<ActionRow> rows = new ArrayList<>();
        List<Button> buttons = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        for (ReplyAction action : reply.actions()) {
            if (action instanceof ReplyAction.PickList list) {
                if (rows.size() < DiscordLimits.ROWS && fits(list.id()) && usedIds.add(list.id())) {
                    rows.add(ActionRow.of(pickList(list)));
                }
            } else if (action instanceof ReplyAction.Button button && fits(button.id()) && usedIds.add(button.id())) {
                String label = WordCut.toLength(button.label(), DiscordLimits.BUTTON_LABEL);
                buttons.add(button.style() == ReplyAction.Style.PRIMARY ? Button.primary(button.id(), label)
                        : Button.secondary(button.id(), label));
            }
        }
        for (int i = 0; i < buttons.size() && rows.size() < DiscordLimits.ROWS; i += DiscordLimits.BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + DiscordLimits.BUTTONS_PER_ROW))));
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
            if (usedValues.size() < DiscordLimits.SELECT_OPTIONS && pick.value().length() <= DiscordLimits.SELECT_VALUE
                    && usedValues.add(pick.value())) {
                menu.addOptions(SelectOption.of(WordCut.toLength(pick.label(), DiscordLimits.SELECT_LABEL),
                        pick.value()));
            }
        }
        return menu.build();
    }
}
