package studybot.dailytips;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import studybot.book.Book;
import studybot.book.ServerBooks;
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
     * states ({@code tipText}), which would give the answer away, nor one of {@code dropped}. Empty when the book has
     * no other question. The same all day for the same book, sections, tip and dropped questions. Reads nothing from
     * the store: it runs inside the transaction that commits the post's intent.
     *
     * @param dropped the card ids {@link #dropped(long)} gave, read before that transaction
     */
    Optional<Question> choose(
            long serverId, LocalDate date, List<List<SectionNumber>> preferred, String tipText, Set<String> dropped);

    /** The card ids the server's members reported away, which its question of the day never is. */
    Set<String> dropped(long serverId);

    /**
     * The question with this card id in the book the server reads now; empty once its fact has left the book (or the
     * server reads another book).
     */
    Optional<Question> find(long serverId, String cardId);

    /** No question in any post. */
    static DailyQuestions none() {
        return new DailyQuestions() {
            @Override
            public Optional<Question> choose(
                    long serverId,
                    LocalDate date,
                    List<List<SectionNumber>> preferred,
                    String tipText,
                    Set<String> dropped) {
                return Optional.empty();
            }

            @Override
            public Set<String> dropped(long serverId) {
                return Set.of();
            }

            @Override
            public Optional<Question> find(long serverId, String cardId) {
                return Optional.empty();
            }
        };
    }

    /**
     * Questions from whichever edition of the book the server reads is current when a post is made
     * ({@code book.quiz()}), less those {@code dropped} for the server.
     *
     * @param books the book each server reads; asked inside the post's transaction, after the post's tips were read
     *     from the same server's book, so its choice of book is in memory by then
     * @param dropped read from the store by {@link #dropped(long)}
     */
    static DailyQuestions fromBook(ServerBooks books, DroppedQuestions dropped) {
        Objects.requireNonNull(books, "books");
        Objects.requireNonNull(dropped, "dropped");
        return new DailyQuestions() {
            @Override
            public Optional<Question> choose(
                    long serverId,
                    LocalDate date,
                    List<List<SectionNumber>> preferred,
                    String tipText,
                    Set<String> gone) {
                Book edition = books.of(serverId);
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
            public Set<String> dropped(long serverId) {
                return dropped.in(serverId);
            }

            @Override
            public Optional<Question> find(long serverId, String cardId) {
                return books.of(serverId).quiz().find(cardId);
            }
        };
    }
}
