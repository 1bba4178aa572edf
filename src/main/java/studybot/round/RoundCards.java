package studybot.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import studybot.book.Book;
import studybot.command.Place;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.plan.PlanDay;
import studybot.plan.PlanService;
import studybot.progress.ReadMark;
import studybot.progress.ReadMarkStore;
import studybot.quiz.DroppedQuestions;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;
import studybot.quiz.QuizDeck;

/**
 * Which cards a round asks: from the section or chapter asked for (a section's round asks no "which section says this?"
 * card, whose answer the round has already named, and a chapter's only those whose choices are all of the chapter);
 * else from the server's reading plan, every reading up to today's; else from the sections most of the active members
 * have read (marked read by more than half of the members who marked anything in the last {@link #ACTIVE} days); else
 * from the whole book. Cards are drawn at random, one per fact while there are facts enough, so a round never asks the
 * same fact twice; a question the server's members reported away is never drawn.
 */
final class RoundCards {

    /** The cards drawn, and where from, in words. */
    record Drawn(List<Question> cards, RoundSource source) {
        Drawn {
            cards = List.copyOf(cards);
        }
    }

    /** How recently a member marked a section read to count as active. */
    static final Duration ACTIVE = Duration.ofDays(14);

    private final PlanService plans;
    private final ReadMarkStore marks;
    private final Function<Place, String> books;
    private final DroppedQuestions dropped;
    private final Clock clock;

    /** @param books which book a server's read marks belong to (the shelf's id of the book it reads) */
    RoundCards(
            PlanService plans,
            ReadMarkStore marks,
            Function<Place, String> books,
            DroppedQuestions dropped,
            Clock clock) {
        this.plans = plans;
        this.marks = marks;
        this.books = books;
        this.dropped = dropped;
        this.clock = clock;
    }

    /** The card ids dropped after reports in the server {@code serverId}: a round counts no answer to them. */
    Set<String> droppedIn(long serverId) {
        return dropped.in(serverId);
    }

    /**
     * Up to {@code count} cards of {@code edition} from {@code section}, else {@code chapter}, else the plan or the
     * book; empty when there is nothing to ask there.
     *
     * @param seed makes the draw repeatable (the round's start)
     */
    Optional<Drawn> draw(
            Book edition, Place place, Optional<SectionNumber> section, OptionalInt chapter, int count, long seed) {
        QuizDeck deck = edition.quiz();
        Set<String> gone = dropped.in(place.storageKey());
        Predicate<Question> kept = question -> !gone.contains(question.cardId());
        if (section.isPresent()) {
            return drawn(
                    deck.of(section.get()).stream()
                            .filter(kept)
                            .filter(question -> question.kind() != QuestionKind.WHICH_SECTION)
                            .toList(),
                    count,
                    seed,
                    new RoundSource(
                            "source.section", Map.of("section", section.get().toString())));
        }
        if (chapter.isPresent()) {
            Set<String> chapterTitles = edition.library().chapter(chapter.getAsInt()).stream()
                    .map(Section::title)
                    .collect(Collectors.toSet());
            return drawn(
                    deck.all().stream()
                            .filter(kept)
                            .filter(q -> q.fact().section().chapter() == chapter.getAsInt())
                            .filter(q ->
                                    q.kind() != QuestionKind.WHICH_SECTION || chapterTitles.containsAll(q.choices()))
                            .toList(),
                    count,
                    seed,
                    new RoundSource("source.chapter", Map.of("chapter", String.valueOf(chapter.getAsInt()))));
        }
        Optional<PlanDay> day = plans.today(place.storageKey());
        if (day.isPresent()) {
            List<Section> read = new ArrayList<>(day.get().due());
            read.addAll(day.get().today());
            Set<SectionNumber> numbers = new HashSet<>();
            read.forEach(s -> numbers.add(s.number()));
            List<Question> planned = deck.all().stream()
                    .filter(kept)
                    .filter(q -> numbers.contains(q.fact().section()))
                    .toList();
            if (!planned.isEmpty()) {
                SectionNumber first = read.get(0).number();
                SectionNumber last = read.get(read.size() - 1).number();
                return drawn(
                        planned,
                        count,
                        seed,
                        new RoundSource(
                                "source.plan", Map.of("range", first + (first.equals(last) ? "" : "–" + last))));
            }
        }
        Set<SectionNumber> mostRead = mostRead(place);
        List<Question> read = deck.all().stream()
                .filter(kept)
                .filter(q -> mostRead.contains(q.fact().section()))
                .toList();
        if (!read.isEmpty()) {
            return drawn(read, count, seed, RoundSource.of("source.mostRead"));
        }
        return drawn(deck.all().stream().filter(kept).toList(), count, seed, RoundSource.of("source.book"));
    }

    /** The sections more than half of the server's active members marked read. */
    private Set<SectionNumber> mostRead(Place place) {
        Instant since = clock.instant().minus(ACTIVE);
        List<List<ReadMark>> active = marks.marksByMember(place, books.apply(place)).values().stream()
                .filter(member ->
                        member.stream().anyMatch(mark -> mark.markedAt().isAfter(since)))
                .toList();
        Map<SectionNumber, Integer> readers = new HashMap<>();
        active.forEach(member -> member.forEach(mark -> readers.merge(mark.section(), 1, Integer::sum)));
        Set<SectionNumber> most = new HashSet<>();
        readers.forEach((section, count) -> {
            if (count * 2 > active.size()) {
                most.add(section);
            }
        });
        return most;
    }

    private static Optional<Drawn> drawn(List<Question> candidates, int count, long seed, RoundSource source) {
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        List<Question> shuffled = new ArrayList<>(candidates);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Question swap = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, swap);
        }
        Set<String> facts = new HashSet<>();
        LinkedHashSet<Question> chosen = new LinkedHashSet<>();
        for (Question question : shuffled) {
            if (chosen.size() < count && facts.add(question.fact().id())) {
                chosen.add(question);
            }
        }
        for (Question question : shuffled) {
            if (chosen.size() < count) {
                chosen.add(question);
            }
        }
        return Optional.of(new Drawn(List.copyOf(chosen), source));
    }
}
