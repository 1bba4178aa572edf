package studybot.tip;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.section.SectionActions;

/**
 * A tip as a reply, shared by {@code /tip} and the daily post so both look the same. "Read" is a result to open, not
 * navigation: clicking it answers with the section and leaves the tip where it is.
 */
public final class TipReply {

    private TipReply() {}

    /**
     * The reply for {@code tip}, whose section is titled {@code sectionTitle} (empty if unknown); {@code texts} is the
     * {@code tip} bundle.
     */
    public static Reply of(Tip tip, String sectionTitle, Texts texts, Locale language) {
        String from = sectionTitle.isEmpty() ? tip.source().toString() : tip.source() + " " + sectionTitle;
        String source = tip.source().toString();
        return Reply.content(texts.text(language, "title"), tip.text())
                .withFooter(texts.format(language, "from", Map.of("section", from)))
                .withActions(SectionActions.open(
                        List.of(new SectionActions.Link(
                                texts.format(language, "read", Map.of("section", source)), tip.source())),
                        language));
    }
}
