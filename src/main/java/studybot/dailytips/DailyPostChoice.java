package studybot.dailytips;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.tip.Tip;

/**
 * What a server's daily post says: a tip (from today's reading when a plan runs, else from the whole book), the plan's
 * digest, and the question of the day. Kept apart from how the post is sent exactly once, so what a post carries can
 * grow without touching the claims. The parts that may fail (a plan or a quiz whose store fails) cost only themselves,
 * never the day's post.
 */
final class DailyPostChoice {

    // the daily tips log under one name, whichever part is speaking
    private static final Logger log = LoggerFactory.getLogger(DailyTipService.class);

    private final LongFunction<List<Tip>> deck;
    private final SectionTitles titles;
    private final DailyDigests digests;
    private final DailyQuestions questions;
    private final LongFunction<Locale> languages;

    /** @param languages each server's language, which its posts are worded in; asked on every send */
    DailyPostChoice(
            LongFunction<List<Tip>> deck,
            SectionTitles titles,
            DailyDigests digests,
            DailyQuestions questions,
            LongFunction<Locale> languages) {
        this.deck = Objects.requireNonNull(deck, "deck");
        this.titles = Objects.requireNonNull(titles, "titles");
        this.digests = Objects.requireNonNull(digests, "digests");
        this.questions = Objects.requireNonNull(questions, "questions");
        this.languages = Objects.requireNonNull(languages, "languages");
    }

    /** The current tips of the book the server reads, asked on every post so a reloaded or chosen book is picked up. */
    List<Tip> deck(long serverId) {
        return deck.apply(serverId);
    }

    /**
     * A new post for the server's {@code date}: its tip is taken from today's reading's tips when there are any, and
     * its question of the day is chosen once the tip is known, both while the intent is committed. The server's tips
     * are read first, outside the claim's transaction, which also brings the server's choice of book into memory. A day
     * with a reading due makes the digest even when the book has no tips.
     */
    DailyTipStore.Claim newPost(long serverId, LocalDate date) {
        List<Tip> tips = deck(serverId);
        Optional<Digest> digest = digest(serverId, date);
        Set<String> dropped = dropped(serverId);
        return new DailyTipStore.Claim(
                serverId,
                date,
                Optional.empty(),
                tips,
                fromReading(tips, digest),
                tip -> question(serverId, date, digest, tip, dropped).map(Question::cardId),
                digest.filter(today -> !today.reading().isEmpty()).isPresent());
    }

    /** A claimed post as it is sent: its tip and question as claimed, the digest as the plan says now. */
    TipPost post(DailyPost post) {
        return new TipPost(
                post.tip(),
                post.tip()
                        .flatMap(tip -> titles.titleOf(post.serverId(), tip.source()))
                        .orElse(""),
                digest(post.serverId(), post.date()),
                claimedQuestion(post),
                languages.apply(post.serverId()));
    }

    /** A one-off post of {@code tip}, with the day's digest and a question of its own. */
    TipPost extra(long serverId, LocalDate date, Optional<Digest> digest, Tip tip) {
        return new TipPost(
                Optional.of(tip),
                titles.titleOf(serverId, tip.source()).orElse(""),
                digest,
                question(serverId, date, digest, tip, dropped(serverId)),
                languages.apply(serverId));
    }

    /**
     * The server's digest for {@code date}; a plan that cannot be read (its store failing) costs the digest, not the
     * day's post.
     */
    Optional<Digest> digest(long serverId, LocalDate date) {
        try {
            return digests.digestFor(serverId, date);
        } catch (RuntimeException e) {
            log.warn(
                    "Server {}: the reading plan's part of the daily post for {} could not be made; posting the tip "
                            + "alone",
                    serverId,
                    date,
                    e);
            return Optional.empty();
        }
    }

    /**
     * The questions the server's members reported away, read before the post's intent is committed (its transaction
     * cannot read the store again); a store that fails here costs the filter, not the day's post.
     */
    private Set<String> dropped(long serverId) {
        try {
            return questions.dropped(serverId);
        } catch (RuntimeException e) {
            log.warn(
                    "Server {}: the reported quiz questions could not be read; the question of the day may be one of"
                            + " them",
                    serverId,
                    e);
            return Set.of();
        }
    }

    /**
     * The tips of {@code tips} drawn from today's reading, to choose the day's tip from; empty without a digest or such
     * tips.
     */
    List<Tip> fromReading(List<Tip> tips, Optional<Digest> digest) {
        return digest.map(today -> tips.stream()
                        .filter(tip -> today.readingNumbers().contains(tip.source()))
                        .toList())
                .orElse(List.of());
    }

    /**
     * The server's question of the day to go with {@code tip}: from today's reading, else the last reading, when a plan
     * runs; else from the whole book; never about the tip's own fact. Asked while the post's intent is committed, so it
     * must not fail that: a quiz that fails costs the question, not the day's post.
     */
    private Optional<Question> question(
            long serverId, LocalDate date, Optional<Digest> digest, Tip tip, Set<String> dropped) {
        List<List<SectionNumber>> preferred = digest.map(today -> List.of(today.readingNumbers(), today.previous()))
                .orElse(List.of());
        try {
            return questions.choose(serverId, date, preferred, tip.text(), dropped);
        } catch (RuntimeException e) {
            log.warn(
                    "Server {}: the question of the day for {} could not be chosen; posting without one",
                    serverId,
                    date,
                    e);
            return Optional.empty();
        }
    }

    /**
     * The question a post was claimed with, from the current book; empty when it had none, or when its fact has left
     * the book since (a reload): the post then goes out without it, as a retired card cannot be answered.
     */
    private Optional<Question> claimedQuestion(DailyPost post) {
        if (post.questionId().isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Question> question =
                    questions.find(post.serverId(), post.questionId().get());
            if (question.isEmpty()) {
                log.info(
                        "Server {}: the question of the day for {} ({}) left the book; posting without it",
                        post.serverId(),
                        post.date(),
                        post.questionId().get());
            }
            return question;
        } catch (RuntimeException e) {
            log.warn(
                    "Server {}: the question of the day for {} could not be read; posting without it",
                    post.serverId(),
                    post.date(),
                    e);
            return Optional.empty();
        }
    }
}
