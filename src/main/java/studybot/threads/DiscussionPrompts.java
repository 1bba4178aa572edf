package studybot.threads;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import studybot.book.Book;
import studybot.facts.KeyFact;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.reply.Text;

/**
 * What a reading's discussion thread is called and what its first message asks, in the server's language: per section,
 * two of its key facts in one fixed template (English: "Discuss: &lt;fact&gt; Why? What breaks without it?"). Nothing
 * is generated: the facts are the book's own sentences, taken only where the quiz made a card of them (they read
 * correctly on their own) and whose text is clean (no code, links or markup that a prompt would garble).
 */
public final class DiscussionPrompts {

    /** Facts asked about per section. */
    static final int PER_SECTION = 2;
    /** Room for the first message within Discord's 2,000 characters, markup included. */
    static final int MAX_OPENING = 1_800;
    /** A fact longer than this makes a prompt nobody reads to the end. */
    static final int MAX_FACT = 300;

    private static final Pattern UNCLEAN = Pattern.compile("[`<>{}\\[\\]|*_~]|https?://|\\n");

    private DiscussionPrompts() {}

    /** A section of a reading: its number and title. */
    public record Reading(SectionNumber number, String title) {
        public Reading {
            Objects.requireNonNull(number, "number");
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * The thread for {@code reading} (in order, at least one section), e.g. "Discuss 20.5–20.6: Read Replicas,
     * Parameter Groups", cut at a word to Discord's 100 characters.
     *
     * @param texts the {@code threads} bundle
     * @param place the server's language, which its threads are in
     */
    public static ThreadStart start(
            Book book, List<Reading> reading, Duration autoArchive, String nonce, Texts texts, Locale place) {
        if (reading.isEmpty()) {
            throw new IllegalArgumentException("a thread needs at least one section");
        }
        return new ThreadStart(name(reading, texts, place), opening(book, reading, texts, place), autoArchive, nonce);
    }

    static String name(List<Reading> reading, Texts texts, Locale place) {
        SectionNumber first = reading.get(0).number();
        SectionNumber last = reading.get(reading.size() - 1).number();
        String numbers = reading.size() == 1 ? first.toString() : first + "–" + last;
        String titles = String.join(", ", reading.stream().map(Reading::title).toList());
        String name = texts.format(place, "thread.name", Map.of("sections", numbers, "titles", titles));
        if (name.length() <= ThreadStart.MAX_NAME) {
            return name;
        }
        int cut = name.lastIndexOf(' ', ThreadStart.MAX_NAME - 1);
        String kept =
                name.substring(0, cut > name.indexOf(numbers) + numbers.length() ? cut : ThreadStart.MAX_NAME - 1);
        return kept.replaceAll("[\\s,:;]+$", "") + "…";
    }

    static Text opening(Book book, List<Reading> reading, Texts texts, Locale place) {
        Text.Builder text = Text.builder();
        int length = 0;
        for (int i = 0; i < reading.size(); i++) {
            Reading section = reading.get(i);
            String heading = section.number() + " " + section.title();
            List<String> facts = facts(book, section.number());
            String prompts = facts.isEmpty()
                    ? "\n" + texts.text(place, "prompt.none")
                    : facts.stream()
                            .map(fact -> "\n" + texts.format(place, "prompt", Map.of("fact", fact)))
                            .collect(Collectors.joining());
            int size = heading.length() + prompts.length() + 2;
            if (i > 0 && length + size > MAX_OPENING) {
                text.markup(texts.format(place, "opening.more", Map.of("count", reading.size() - i)));
                break;
            }
            text.plain(i == 0 ? "" : "\n\n").strong(heading).plain(prompts);
            length += size;
        }
        return text.build();
    }

    /**
     * Up to {@value #PER_SECTION} of the section's key facts that the quiz made a card of and whose text is clean: the
     * ones with the most key terms, shown in book order.
     */
    static List<String> facts(Book book, SectionNumber section) {
        List<KeyFact> quizzed = new ArrayList<>(book.quiz().of(section).stream()
                .map(Question::fact)
                .collect(LinkedHashSet<KeyFact>::new, LinkedHashSet::add, LinkedHashSet::addAll));
        List<KeyFact> inBookOrder = List.copyOf(quizzed);
        return quizzed.stream()
                .filter(fact -> fact.text().length() <= MAX_FACT
                        && !UNCLEAN.matcher(fact.text()).find())
                .sorted(Comparator.comparingInt((KeyFact fact) -> -fact.terms().size())
                        .thenComparingInt(inBookOrder::indexOf))
                .limit(PER_SECTION)
                .sorted(Comparator.comparingInt(inBookOrder::indexOf))
                .map(KeyFact::text)
                .toList();
    }
}
