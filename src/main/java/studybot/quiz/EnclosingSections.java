package studybot.quiz;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;

/**
 * Which sections hold another one, so that offering them as a wrong choice beside it would be offering a second right
 * one: the book's first section (its front page, "The Python Tutorial", stands for the whole book), the first section
 * of the own chapter (where a book's chapters are flat pages, it heads them: "Network setup" over "Netfilter
 * infrastructure", "subprocess — Subprocess management" over "Popen Constructor"), a section the own one is a
 * sub-section of, and one titled as the own chapter.
 */
final class EnclosingSections {

    private final Optional<SectionNumber> frontPage;
    private final Map<Integer, SectionNumber> chapterHeads;
    private final Map<Integer, String> chapterTitles;

    private EnclosingSections(
            Optional<SectionNumber> frontPage,
            Map<Integer, SectionNumber> chapterHeads,
            Map<Integer, String> chapterTitles) {
        this.frontPage = frontPage;
        this.chapterHeads = Map.copyOf(chapterHeads);
        this.chapterTitles = Map.copyOf(chapterTitles);
    }

    static EnclosingSections of(Library library) {
        List<Section> sections = library.sections();
        Map<Integer, SectionNumber> heads = new HashMap<>();
        sections.forEach(section -> heads.putIfAbsent(section.number().chapter(), section.number()));
        Map<Integer, String> titles = new HashMap<>();
        library.chapterTitles()
                .forEach((chapter, title) -> titles.put(chapter, title.strip().toLowerCase(Locale.ROOT)));
        return new EnclosingSections(
                sections.isEmpty()
                        ? Optional.empty()
                        : Optional.of(sections.get(0).number()),
                heads,
                titles);
    }

    /** Whether {@code other} holds the section {@code own} (and is not it). */
    boolean holds(Section other, Section own) {
        SectionNumber number = other.number();
        if (number.equals(own.number())) {
            return false;
        }
        int chapter = own.number().chapter();
        return frontPage.filter(number::equals).isPresent()
                || number.equals(chapterHeads.get(chapter))
                || own.number().isWithin(number)
                || other.title().strip().toLowerCase(Locale.ROOT).equals(chapterTitles.get(chapter));
    }
}
