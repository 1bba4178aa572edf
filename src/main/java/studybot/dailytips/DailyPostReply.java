package studybot.dailytips;

import java.util.ArrayList;
import java.util.List;
import studybot.library.SectionNumber;
import studybot.reply.DiscordMarkdown;
import studybot.reply.Reply;
import studybot.reply.ReplyAction;
import studybot.reply.ReplyField;
import studybot.section.SectionActions;
import studybot.tip.Tip;
import studybot.tip.TipCommand;

/**
 * The daily post as a reply: the plain study tip, or, with a reading plan running, the group's digest in this
 * order: today's reading (titles, minutes, a button to open each), the tip, and how many finished the last reading.
 */
public final class DailyPostReply {

    /** The most "Open" actions a digest offers; a longer reading is listed in full but opened from its first ones. */
    static final int MAX_OPEN_ACTIONS = 10;

    private DailyPostReply() {
    }

    public static Reply of(TipPost post) {
        Reply tip = TipCommand.reply(new Tip(post.tipId(), post.text(), post.section()), post.sectionTitle());
        return post.digest().map(digest -> digest(post, digest, tip)).orElse(tip);
    }

    private static Reply digest(TipPost post, Digest digest, Reply tip) {
        List<ReplyField> fields = new ArrayList<>();
        fields.add(new ReplyField("Study tip", tip.text() + "\n— " + tip.footer()));
        if (!digest.previous().isEmpty()) {
            int finished = digest.finishedPrevious();
            fields.add(new ReplyField("Last reading", (finished == 1 ? "1 member" : finished + " members")
                    + " finished the last reading (" + numbers(digest.previous()) + ")."));
        }
        List<ReplyAction> actions = new ArrayList<>();
        digest.reading().stream().limit(MAX_OPEN_ACTIONS).forEach(section -> actions.add(SectionActions.openButton(
                "Open " + section.number(), section.number(), ReplyAction.Style.PRIMARY)));
        if (digest.find(post.section()).isEmpty()) {
            actions.add(SectionActions.openButton("Read " + post.section(), post.section(),
                    ReplyAction.Style.SECONDARY));
        }
        return Reply.content(title(digest), text(digest)).withFields(fields).withActions(actions);
    }

    private static String title(Digest digest) {
        return digest.reading().isEmpty() ? "No reading today"
                : "Today's reading · about " + digest.minutes() + " min";
    }

    private static String text(Digest digest) {
        StringBuilder text = new StringBuilder();
        for (DigestSection section : digest.reading()) {
            text.append("**").append(section.number()).append("** ").append(DiscordMarkdown.escape(section.title()))
                    .append(" · ").append(section.minutes()).append(" min\n");
        }
        if (digest.reading().isEmpty()) {
            digest.nextReadingAt().ifPresent(at -> text.append("The next reading is on <t:").append(at)
                    .append(":D>.\n"));
        }
        text.append(digest.sectionsLeft() == 1 ? "1 section left" : digest.sectionsLeft() + " sections left");
        digest.expectedEndAt().ifPresent(at -> text.append(", finishing <t:").append(at).append(":D>"));
        return text.append('.').toString();
    }

    private static String numbers(List<SectionNumber> sections) {
        return sections.size() <= 3 ? String.join(", ", sections.stream().map(String::valueOf).toList())
                : sections.get(0) + "–" + sections.get(sections.size() - 1);
    }
}
