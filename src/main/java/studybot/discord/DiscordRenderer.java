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
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.reply.WordCut;

/**
 * Turns a transport-neutral {@link Reply} into a Discord message: one embed, navigation as buttons, results as a
 * pick list (or one button when there is only one). Everything is fitted to Discord's limits here, so no reply can
 * be refused for size, and every message is sent with no allowed mentions, so no reply can ever ping anyone.
 */
public final class DiscordRenderer {

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

    List<ActionRow> rows(Reply reply) {
        List<ActionRow> rows = new ArrayList<>();
        Set<String> usedIds = new HashSet<>();
        List<ReplyAction> results = actions(reply, ReplyAction.Role.RESULT);
        if (results.size() > 1) {
            rows.add(ActionRow.of(pickList(results)));
        }
        List<Button> buttons = new ArrayList<>();
        if (results.size() == 1) {
            addButton(buttons, usedIds, results.get(0), ActionIds.Mode.OPEN);
        }
        for (ReplyAction action : actions(reply, ReplyAction.Role.NAVIGATION)) {
            addButton(buttons, usedIds, action, ActionIds.Mode.NAV);
        }
        for (int i = 0; i < buttons.size() && rows.size() < DiscordLimits.ROWS; i += DiscordLimits.BUTTONS_PER_ROW) {
            rows.add(ActionRow.of(buttons.subList(i, Math.min(buttons.size(), i + DiscordLimits.BUTTONS_PER_ROW))));
        }
        return rows;
    }

    private static void addButton(List<Button> buttons, Set<String> usedIds, ReplyAction action, ActionIds.Mode mode) {
        String id = ActionIds.id(mode, action.target());
        if (usedIds.add(id)) {
            String label = WordCut.toLength(action.label(), DiscordLimits.BUTTON_LABEL);
            buttons.add(mode == ActionIds.Mode.OPEN ? Button.primary(id, label) : Button.secondary(id, label));
        }
    }

    private static StringSelectMenu pickList(List<ReplyAction> results) {
        StringSelectMenu.Builder menu = StringSelectMenu.create(ActionIds.PICK_LIST).setPlaceholder("Open a section…");
        Set<String> usedValues = new HashSet<>();
        for (ReplyAction action : results) {
            String value = ActionIds.value(action.target());
            if (usedValues.size() < DiscordLimits.SELECT_OPTIONS && usedValues.add(value)) {
                menu.addOptions(SelectOption.of(WordCut.toLength(action.label(), DiscordLimits.SELECT_LABEL), value));
            }
        }
        return menu.build();
    }

    private static List<ReplyAction> actions(Reply reply, ReplyAction.Role role) {
        return reply.actions().stream().filter(action -> action.role() == role).toList();
    }
}
