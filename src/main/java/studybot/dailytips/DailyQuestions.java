package studybot.dailytips;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import studybot.book.Book;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.quiz.DroppedQuestions;
import studybot.quiz.Question;

/**
 * The quiz's part of each server's daily post: the question of the day. A post keeps only the chosen card's id with its
 * intent, and {@link #find} brings the question back for every (re)send, so a resend asks the same question whatever
 * happened to the reading plan in between.
 */
public interface DailyQuestions {

    /**
     * The question of the day for a server: from the first of {@code preferred} (lists of sections, e.g. today's
     * reading, then the last reading) that has one, else from the whole book; never one about the fact the day's tip
     * states ({@code tipText}), which would give the answer away, nor one dropped for the server after members reported
     * it. Empty when the book has no other question. The same all day for the same book, sections, tip and reports.
     */
    Optional<Question> choose(long serverId, LocalDate date, List<List<SectionNumber>> preferred, String tipText);

    /** The question with this card id in the current book; empty once its fact has left the book. */
    Optional<Question> find(String cardId);

    /** No question in any post. */
    static DailyQuestions none() {
        return new DailyQuestions() {
            @Override
            public Optional<Question> choose(
                    long serverId, LocalDate date, List<List<SectionNumber>> preferred, String tipText) {
                return Optional.empty();
            }

            @Override
            public Optional<Question> find(String cardId) {
                return Optional.empty();
            }
        };
    }

    /**
     * Questions from whichever edition of the book is current when a post is made ({@code book.quiz()}), less those
     * {@code dropped} for the server.
     */
    static DailyQuestions fromBook(Supplier<Book> book, DroppedQuestions dropped) {
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(dropped, "dropped");
        return new DailyQuestions() {
            @Override
            public Optional<Question> choose(
                    long serverId, LocalDate date, List<List<SectionNumber>> preferred, String tipText) {
                Book edition = book.get();
                Set<String> gone = dropped.in(serverId);
                Predicate<Question> notTheTip =
                        question -> !question.fact().text().equals(tipText) && !gone.contains(question.cardId());
                for (List<SectionNumber> sections : preferred) {
                    Optional<Question> question = edition.quiz().questionOfTheDay(sections, serverId, date, notTheTip);
                    if (question.isPresent()) {
                        return question;
                    }
                }
                List<SectionNumber> everything = edition.library().sections().stream()
                        .map(Section::number)
                        .toList();
                return edition.quiz().questionOfTheDay(everything, serverId, date, notTheTip);
            }

            @Override
            public Optional<Question> find(String cardId) {
                return book.get().quiz().find(cardId);
            }
        };
    }
}
