package studybot.quiz.learning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import studybot.command.ClickedMessage;
import studybot.command.Place;
import studybot.fsrs.AnswerRating;
import studybot.fsrs.CardMemory;
import studybot.fsrs.FsrsScheduler;
import studybot.fsrs.Rating;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;
import studybot.quiz.review.Answer;
import studybot.quiz.review.CardReview;
import studybot.quiz.review.ReviewStore;
import studybot.server.ServerZones;
import studybot.sharing.SqlShareOptInStore;

/**
 * What {@code /quiz} does, in plain values: picks a member's next question (due reviews first, then new cards, never a
 * card before it is due unless its section was asked for), records answers as FSRS reviews (each member's answer to a
 * question once), and computes stats and leaderboards from the kept answers. Cards come from the edition passed in,
 * never from the store: a card whose fact left the book is skipped, and answering it changes nothing.
 */
public final class QuizService {

    /** How many due reviews are looked at to find one still in the book and in the asked-for chapter. */
    private static final int DUE_SCAN = 200;

    private final ReviewStore reviews;
    private final SqlShareOptInStore sharing;
    private final ServerZones zones;
    private final FsrsScheduler scheduler;
    private final StudyPlaces places;
    private final Clock clock;

    public QuizService(
            ReviewStore reviews,
            SqlShareOptInStore sharing,
            ServerZones zones,
            FsrsScheduler scheduler,
            StudyPlaces places,
            Clock clock) {
        this.reviews = reviews;
        this.sharing = sharing;
        this.zones = zones;
        this.scheduler = scheduler;
        this.places = places;
        this.clock = clock;
    }

    /**
     * The member's next question from {@code deck}, restricted to {@code section} or {@code chapter} if given: a due
     * review (most overdue first), else a card never answered, else, for a section asked for, its card due soonest. A
     * card never answered comes from where the member is ({@link StudyPlace}: sections marked read, then the plan up to
     * today, then sections before those, then the rest) unless a section or chapter was asked for; within that, a fact
     * not yet asked about comes before a second question on one that was (whose answer the member has just seen), then
     * book order. A card in {@code hidden} (reported) is never asked, due or not. A card missed today comes back once
     * when it falls due again that day (a second look soon after a miss); answered twice today it waits for the next
     * day, since its schedule changes once a day: asked again, an answer would move nothing, and the member would meet
     * it on every {@code next} while new cards wait.
     */
    public NextQuestion next(
            Learner who, QuizDeck deck, Optional<SectionNumber> section, OptionalInt chapter, Set<String> hidden) {
        Instant now = clock.instant();
        ZoneId zone = zones.zoneOf(who.placeKey());
        Predicate<CardReview> answeredTwiceToday = new AnsweredTwiceToday(who, now, zone);
        Predicate<Question> wanted =
                question -> section.map(question.fact().section()::equals).orElse(true)
                        && (chapter.isEmpty() || question.fact().section().chapter() == chapter.getAsInt())
                        && !hidden.contains(question.cardId());
        for (CardReview due : reviews.due(who.placeKey(), who.book(), who.member(), now, DUE_SCAN)) {
            if (answeredTwiceToday.test(due)) {
                continue;
            }
            Optional<Question> question = deck.find(due.cardId()).filter(wanted);
            if (question.isPresent()) {
                return new NextQuestion.Ask(question.get(), NextQuestion.Reason.DUE, now);
            }
        }
        List<Question> candidates = section.map(deck::of).orElseGet(deck::all).stream()
                .filter(wanted)
                .toList();
        List<CardReview> known = reviews.reviews(who.placeKey(), who.book(), who.member());
        Set<String> answered = known.stream().map(CardReview::cardId).collect(Collectors.toSet());
        Set<String> seenFacts = known.stream()
                .map(review -> deck.find(review.cardId()))
                .flatMap(Optional::stream)
                .map(question -> question.fact().id())
                .collect(Collectors.toSet());
        List<Question> unanswered = candidates.stream()
                .filter(question -> !answered.contains(question.cardId()))
                .toList();
        StudyPlace place =
                section.isEmpty() && chapter.isEmpty() ? places.of(who.place(), who.member()) : StudyPlace.NOWHERE;
        Optional<Question> fresh = unanswered.stream()
                .min(Comparator.comparingInt((Question question) ->
                                place.tier(question.fact().section()))
                        .thenComparing(
                                question -> seenFacts.contains(question.fact().id())));
        if (fresh.isPresent()) {
            return new NextQuestion.Ask(fresh.get(), NextQuestion.Reason.NEW, now);
        }
        Optional<CardReview> soonest = known.stream()
                .filter(review -> deck.find(review.cardId()).filter(wanted).isPresent())
                .min(Comparator.comparing((CardReview review) -> askableFrom(review, answeredTwiceToday, now, zone))
                        .thenComparing(CardReview::cardId));
        if (section.isPresent() && soonest.isPresent()) {
            return new NextQuestion.Ask(
                    deck.find(soonest.get().cardId()).orElseThrow(), NextQuestion.Reason.EARLY, now);
        }
        return new NextQuestion.CaughtUp(soonest.map(review -> askableFrom(review, answeredTwiceToday, now, zone)));
    }

    /** When {@link #next} asks the card again: when it is due, but not today once answered twice today. */
    private static Instant askableFrom(
            CardReview review, Predicate<CardReview> answeredTwiceToday, Instant now, ZoneId zone) {
        Instant due = review.memory().due();
        if (!answeredTwiceToday.test(review)) {
            return due;
        }
        Instant tomorrow =
                now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
        return due.isBefore(tomorrow) ? tomorrow : due;
    }

    /**
     * Whether the member answered a card twice or more today, read from the store the first time it is asked about a
     * card reviewed today (most cards were not, and then nothing is read).
     */
    private final class AnsweredTwiceToday implements Predicate<CardReview> {

        private final Learner who;
        private final Instant now;
        private final ZoneId zone;
        private Map<String, Long> today;

        AnsweredTwiceToday(Learner who, Instant now, ZoneId zone) {
            this.who = who;
            this.now = now;
            this.zone = zone;
        }

        @Override
        public boolean test(CardReview review) {
            if (!sameDay(review.memory().lastReview(), now, zone)) {
                return false;
            }
            if (today == null) {
                Instant midnight =
                        now.atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
                today = reviews.answersSince(who.placeKey(), who.book(), midnight).stream()
                        .filter(answer -> answer.memberId() == who.member())
                        .collect(Collectors.groupingBy(Answer::cardId, Collectors.counting()));
            }
            return today.getOrDefault(review.cardId(), 0L) >= 2;
        }
    }

    /**
     * Records a click on an answer button as a review. The question is the message clicked ({@code message}) or, where
     * there are no messages, the card on the place's day: the time in a console id is typed back by the user, so it may
     * say when the question was made but not which question it was. A member's answer to it counts once. Time taken is
     * from when the message was sent (else when the question was made, if that was today) to now.
     *
     * @param editionLoadedAt when {@code deck} was put in place: the edition's load, or its rebuild by meaning
     */
    public AnswerOutcome answer(
            Learner who, QuizDeck deck, Instant editionLoadedAt, AnswerId id, Optional<ClickedMessage> message) {
        // a question made after this edition was loaded came from it: a card or choice it lacks was made up, not
        // retired or changed by a reload
        Optional<Instant> made = message.map(ClickedMessage::sentAt).or(id::asked);
        boolean fromThisEdition =
                made.filter(time -> !time.isBefore(editionLoadedAt)).isPresent();
        Optional<Question> found = deck.find(id.cardId());
        if (found.isEmpty()) {
            return fromThisEdition ? new AnswerOutcome.Invalid() : new AnswerOutcome.Retired();
        }
        Question question = found.get();
        int chosen = question.choiceWithId(id.choiceId());
        if (chosen < 0) {
            return fromThisEdition ? new AnswerOutcome.Invalid() : new AnswerOutcome.Changed(question);
        }
        Instant now = clock.instant();
        ZoneId zone = zones.zoneOf(who.placeKey());
        Optional<Instant> asked = message.isPresent() ? made : made.filter(time -> sameDay(time, now, zone));
        Duration took = asked.map(start -> Duration.between(start, now))
                .filter(d -> !d.isNegative())
                .orElse(null);
        String questionId = message.isPresent()
                ? messageQuestion(message.get().id())
                : "d" + now.atZone(zone).toLocalDate().toEpochDay() + ":" + question.cardId();
        return review(who, question, chosen, questionId, now, took)
                .<AnswerOutcome>map(next -> new AnswerOutcome.Counted(question, chosen, next, now))
                .orElseGet(() -> new AnswerOutcome.AlreadyAnswered(question));
    }

    /**
     * Records choice {@code chosen} of {@code question} as the member's answer to the question {@code questionId} and
     * reviews the card at most once a day: the card's schedule, or empty when this member's answer to that question was
     * recorded already. Every way of answering a card (a question message, the console, a group round) ends here, so
     * the once-a-day rule holds for all of them.
     *
     * @param took null when unknown
     */
    public Optional<CardMemory> review(
            Learner who, Question question, int chosen, String questionId, Instant now, Duration took) {
        boolean correct = chosen == question.answer();
        Rating rating = AnswerRating.of(correct, took);
        ZoneId zone = zones.zoneOf(who.placeKey());
        return reviews.recordAnswer(
                new Answer(
                        who.placeKey(),
                        who.book(),
                        who.member(),
                        questionId,
                        question.cardId(),
                        correct,
                        rating,
                        now,
                        took),
                current -> current.filter(held -> sameDay(held.lastReview(), now, zone))
                        .orElseGet(
                                () -> scheduler.review(current.orElseGet(() -> CardMemory.fresh(now)), rating, now)));
    }

    /**
     * Whether two moments fall on one day in the place's timezone: a card's schedule changes once a day per member, so
     * clicking it on several messages (or asking for it by section) records answers but reviews it once.
     */
    private static boolean sameDay(Instant reviewed, Instant now, ZoneId zone) {
        return reviewed.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate());
    }

    /** How many members answered the question on message {@code messageId} at {@code place}. */
    public int answeredOn(Place place, long messageId) {
        return reviews.answerCount(place.storageKey(), messageQuestion(messageId));
    }

    /** The question id of a question message: answers to one message count once per member. */
    private static String messageQuestion(long messageId) {
        return "m" + Long.toUnsignedString(messageId);
    }

    public QuizStats stats(Learner who, QuizDeck deck) {
        return QuizStats.of(
                reviews.answers(who.placeKey(), who.book(), who.member()),
                reviews.reviews(who.placeKey(), who.book(), who.member()),
                deck::find,
                clock.instant(),
                zones.zoneOf(who.placeKey()));
    }

    /** The leaderboard of the book {@code who} learns at their place. */
    public Leaderboard leaderboard(Learner who, Leaderboard.Period period) {
        long key = who.placeKey();
        ZoneId zone = zones.zoneOf(key);
        return Leaderboard.of(
                period,
                reviews.answersSince(key, who.book(), period.start(clock.instant(), zone)),
                sharing.sharing(key),
                zone);
    }

    /** Opts the member in or out of being named; whether that changed anything. */
    public boolean share(Learner who, boolean on) {
        return sharing.setSharing(who.placeKey(), who.member(), on);
    }

    public boolean isSharing(Learner who) {
        return sharing.isSharing(who.placeKey(), who.member());
    }

    /** How many answers the member has in this place, to the book read there (what {@code /quiz forget} deletes). */
    public int answerCount(Learner who) {
        return reviews.answers(who.placeKey(), who.book(), who.member()).size();
    }

    /** Deletes the member's answers and schedule of the book read in this place; how many answers went. */
    public int forget(Learner who) {
        return reviews.forget(who.placeKey(), who.book(), who.member());
    }
}
