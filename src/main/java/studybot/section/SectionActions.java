package studybot.section;

import java.util.List;
import java.util.Locale;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.reply.ReplyAction;

/**
 * The buttons and pick lists that open sections, shared by {@code /section}, {@code /search} and {@code /tip} so they
 * look and behave the same everywhere: one section to open is a button, several are a pick list, and each says which
 * command does the same in the console.
 */
public final class SectionActions {

    /** A section to offer, with the label the reader sees. */
    public record Link(String label, SectionNumber section) {}

    /** The {@code section} bundle, for the labels every feature's section buttons share. */
    private static final Texts TEXTS = Texts.load("section");

    private SectionActions() {}

    /** A previous/next/page button: clicking it shows {@code target} in the message clicked on. */
    public static ReplyAction navigation(String label, OpenSection target) {
        return new ReplyAction.Button(
                label, SectionIds.id(SectionIds.NAV, target), ReplyAction.Style.SECONDARY, typed(target));
    }

    /**
     * Sections to open in a new message: a button for one, a pick list for several (its placeholder in
     * {@code language}), nothing for none.
     */
    public static List<ReplyAction> open(List<Link> links, Locale language) {
        if (links.isEmpty()) {
            return List.of();
        }
        if (links.size() == 1) {
            return List.of(openButton(links.get(0).label(), links.get(0).section(), ReplyAction.Style.PRIMARY));
        }
        return List.of(new ReplyAction.PickList(
                SectionIds.PICK_LIST,
                TEXTS.text(language, "open.pick"),
                links.stream()
                        .map(link -> new OpenSection(link.section(), 0))
                        .map(target ->
                                new ReplyAction.Pick(label(links, target), SectionIds.value(target), typed(target)))
                        .toList()));
    }

    /** A button that opens {@code section} in a new message, whatever else the reply offers. */
    public static ReplyAction openButton(String label, SectionNumber section, ReplyAction.Style style) {
        OpenSection target = new OpenSection(section, 0);
        return new ReplyAction.Button(label, SectionIds.id(SectionIds.OPEN, target), style, typed(target));
    }

    /** "Mark as read" for {@code section}: a private confirmation, the same as typing {@code /read 20.4}. */
    public static ReplyAction markRead(SectionNumber section, Locale language) {
        return new ReplyAction.Button(
                TEXTS.text(language, "mark.read"),
                SectionIds.MARK_READ + ":" + section,
                ReplyAction.Style.SECONDARY,
                "/read " + section);
    }

    private static String label(List<Link> links, OpenSection target) {
        return links.stream()
                .filter(link -> link.section().equals(target.section()))
                .findFirst()
                .map(Link::label)
                .orElseThrow();
    }

    /** The command that opens {@code target}: {@code /section 20.4}, or {@code /section 20.4 page:2}. */
    static String typed(OpenSection target) {
        return "/section " + target.section() + (target.page() > 0 ? " page:" + (target.page() + 1) : "");
    }
}
