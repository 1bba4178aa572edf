package studybot.round;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongPredicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.book.Book;
import studybot.book.BookLanguageNote;
import studybot.book.ServerBooks;
import studybot.command.Asker;
import studybot.command.Place;
import studybot.i18n.PublicLocales;
import studybot.i18n.Texts;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuizDeck;
import studybot.quiz.learning.QuizReviews;
import studybot.reply.Reply;
import studybot.sharing.ShareOptIns;

/**
 * What {@code /round} does: starts rounds within the limits, takes each member's first answer before the deadline (also
 * recording it as a quiz review), and moves every due round on one step ({@link #runDue}): post the question, reveal
 * it, post the scoreboard. Each step is saved only if the round is still where the step found it, so two passes (or a
 * pass and a stop) never move a round twice; posting again after a crash sends the same nonce, and revealing again
 * edits the same message with the same stored answers, so nothing is counted twice. A round is moved on only by the
 * process that owns it (see {@link RoundStore}): another process over the same store, started during the round, leaves
 * it alone until its owner stops or dies, and then one process takes it over. Each round's steps run on
 * {@link RoundSteps}, apart from the timer and from every other round's: a channel that keeps failing delays only its
 * own round, never another's reveal nor this process's hold on its rounds.
 */
public final class RoundService {

    private static final Logger LOG = LoggerFactory.getLogger(RoundService.class);

    /** What a round's start asks for, already within the command's bounds. */
    public record StartRequest(int questions, int seconds, Optional<SectionNumber> section, OptionalInt chapter) {}

    private final RoundStore store;
    private final ServerBooks books;
    private final RoundCards cards;
    private final QuizReviews reviews;
    private final ShareOptIns sharing;
    private final RoundChannel channel;
    private final RoundRules rules;
    private final RoundReplies replies;
    private final PublicLocales publicLocales;
    private final Clock clock;
    private final RoundSteps steps;
    /** When this process last renewed its rounds; only the timer's thread moves it. */
    private Instant renewedAt = Instant.EPOCH;
    /**
     * Whether this process started or took over a round, so has any to let go of when it stops (one that never did
     * stops without waiting for the store).
     */
    private volatile boolean heldAny;

    RoundService(
            RoundStore store,
            ServerBooks books,
            RoundCards cards,
            QuizReviews reviews,
            ShareOptIns sharing,
            RoundChannel channel,
            RoundRules rules,
            Texts texts,
            PublicLocales publicLocales,
            Clock clock,
            RoundSteps steps) {
        this.store = store;
        this.books = books;
        this.cards = cards;
        this.reviews = reviews;
        this.sharing = sharing;
        this.channel = channel;
        this.rules = rules;
        this.replies = new RoundReplies(rules.silentToEnd(), texts);
        this.publicLocales = publicLocales;
        this.clock = clock;
        this.steps = steps;
    }

    public RoundReplies replies() {
        return replies;
    }

    public Reply start(Asker asker, Book edition, StartRequest request) {
        Locale member = asker.privateLocale();
        if (inDirectMessages(asker)) {
            return replies.inDirectMessages(member);
        }
        Instant now = clock.instant();
        Place place = asker.place();
        RoundKey key = new RoundKey(asker.channelId().orElse(0), now);
        if (place.isServer()) {
            RoundAccess access = store.access(place.id());
            if (access.managersOnly() && !asker.managesServer()) {
                return replies.managersOnly(member);
            }
            if (!access.allowsChannel(key.channelId())
                    && asker.parentChannelId().stream().noneMatch(access::allowsChannel)) {
                return replies.notInThisChannel(access.channels(), member);
            }
        }
        Optional<RoundCards.Drawn> drawn = cards.draw(
                edition,
                place,
                request.section(),
                request.chapter(),
                request.questions(),
                key.channelId() ^ now.toEpochMilli());
        Optional<String> notInEnglish = edition.quiz().all().isEmpty()
                ? BookLanguageNote.of(edition.library().language(), member)
                : Optional.empty();
        if (notInEnglish.isPresent()) {
            return Reply.problem(notInEnglish.get());
        }
        if (drawn.isEmpty()) {
            return replies.nothingToAsk(
                    request.section()
                            .map(s -> new RoundSource("where.section", Map.of("section", s.toString())))
                            .orElseGet(() -> request.chapter().isPresent()
                                    ? new RoundSource(
                                            "where.chapter",
                                            Map.of(
                                                    "chapter",
                                                    String.valueOf(
                                                            request.chapter().getAsInt())))
                                    : RoundSource.of("where.book")),
                    member);
        }
        Round round = Round.starting(
                key,
                place.storageKey(),
                asker.userId(),
                drawn.get().cards().stream().map(Question::cardId).toList(),
                request.seconds(),
                replies.sourceForTheStore(drawn.get().source()),
                now.plus(rules.leadIn()));
        RoundStore.Begin begun = store.begin(round, rules.maxPerServer(), rules.cooldown(), now.plus(rules.lease()));
        if (begun instanceof RoundStore.Begin.RunningHere) {
            return replies.runningHere(member);
        }
        if (begun instanceof RoundStore.Begin.ServerFull full) {
            return replies.serverFull(full.running(), member);
        }
        if (begun instanceof RoundStore.Begin.CoolingDown cooling) {
            return replies.coolingDown(cooling.until(), member);
        }
        heldAny = true;
        LOG.info(
                "Round started in channel {} of server {}: {} questions of {} s from {}",
                key.channelId(),
                place.storageKey(),
                round.questions(),
                round.seconds(),
                round.source());
        return replies.started(round, asker.userId(), drawn.get().source(), asker.publicLocale());
    }

    public Reply stop(Asker asker) {
        Locale member = asker.privateLocale();
        if (inDirectMessages(asker)) {
            return replies.inDirectMessages(member);
        }
        Optional<Round> running = store.running(asker.channelId().orElse(0));
        if (running.isEmpty() || running.get().phase() == Phase.FINISHING) {
            return replies.noRoundHere(member);
        }
        Round round = running.get();
        if (round.starterId() != asker.userId() && !asker.managesServer()) {
            return replies.notYours(round.starterId(), member);
        }
        if (!store.requestStop(round.key(), asker.userId(), clock.instant())) {
            return replies.noRoundHere(member);
        }
        return replies.stopping(round, asker.userId(), asker.publicLocale());
    }

    /**
     * {@code /round limit}: who may start rounds in the server, and where, for members with Manage Server. Without
     * changes it shows the limits as they are.
     *
     * @param managersOnly whether only Manage Server may start rounds, if it is to change
     * @param addChannel a channel to allow rounds in (then only the allowed channels have them)
     * @param anywhere whether to allow rounds in every channel again
     */
    public Reply limit(Asker asker, Optional<Boolean> managersOnly, OptionalLong addChannel, boolean anywhere) {
        Locale member = asker.privateLocale();
        if (!asker.place().isServer()) {
            return asker.place().isConsole() ? replies.limitsNeedAServer(member) : replies.inDirectMessages(member);
        }
        if (!asker.managesServer()) {
            return replies.limitsForManagers(member);
        }
        if (anywhere && addChannel.isPresent()) {
            return replies.channelAndEverywhere(member);
        }
        RoundAccess access = store.changeAccess(asker.place().id(), current -> {
            RoundAccess changed = managersOnly.map(current::withManagersOnly).orElse(current);
            changed = anywhere ? changed.anywhere() : changed;
            return addChannel.isPresent() ? changed.withChannel(addChannel.getAsLong()) : changed;
        });
        return replies.limits(access, member);
    }

    /** Takes a click on an answer button: the member's first answer before the deadline counts. */
    public Reply answer(Asker asker, Book edition, RoundIds.AnswerId id) {
        Locale member = asker.privateLocale();
        if (inDirectMessages(asker)) {
            return replies.inDirectMessages(member);
        }
        Instant now = clock.instant();
        RoundKey key = new RoundKey(asker.channelId().orElse(0), id.started());
        Optional<Round> found = store.find(key);
        if (found.isEmpty()) {
            return replies.notARoundHere(member);
        }
        Round round = found.get();
        if (round.phase() == Phase.FINISHING || round.phase() == Phase.ENDED) {
            return replies.roundOver(member);
        }
        if (id.question() >= round.questions()
                || id.question() > round.question()
                || id.question() == round.question() && round.phase() == Phase.WAITING) {
            return replies.damagedButton(member);
        }
        if (id.question() < round.question() || !round.takesAnswersAt(now)) {
            return replies.tooLate(round, id.question(), member);
        }
        Optional<Question> question = edition.quiz().find(round.cardId());
        if (question.isEmpty()) {
            return replies.questionChanged(member);
        }
        int chosen = question.get().choiceWithId(id.choiceId());
        if (chosen < 0) {
            return replies.questionChanged(member);
        }
        if (cards.droppedIn(round.serverId()).contains(round.cardId())) {
            return replies.droppedQuestion(member);
        }
        Duration took = Duration.between(round.askedAt().orElse(now), now);
        boolean correct = chosen == question.get().answer();
        if (!store.addAnswer(key, new RoundAnswer(round.question(), asker.userId(), chosen, correct, took, now))) {
            return store.answer(key, round.question(), asker.userId())
                    .map(first -> replies.alreadyAnswered(question.get(), first, member))
                    .orElseGet(() -> replies.damagedButton(member));
        }
        reviews.record(
                round.place(), asker.userId(), question.get(), chosen, key.quizQuestionId(round.question()), took);
        return replies.lockedIn(question.get(), chosen, round, member);
    }

    /** The open question's message with how many answered, after a click on it; empty once it no longer takes any. */
    public Optional<Reply> questionAfterClick(Asker asker, Book edition, RoundIds.AnswerId id) {
        if (inDirectMessages(asker)) {
            return Optional.empty();
        }
        Optional<Round> round = store.find(new RoundKey(asker.channelId().orElse(0), id.started()))
                .filter(found -> found.question() == id.question() && found.takesAnswersAt(clock.instant()));
        if (round.isEmpty()) {
            return Optional.empty();
        }
        return edition.quiz()
                .find(round.get().cardId())
                .map(question -> replies.question(
                        round.get(),
                        question,
                        store.answerCount(round.get().key(), round.get().question()),
                        publicLocales.of(round.get().serverId())));
    }

    /**
     * Takes over every unfinished round of {@code owned} servers that no process holds (after a restart, or once the
     * process that ran it stopped or died), and carries it on, saying so, unless its next step is more than
     * {@link RoundRules#resumeWithin} late; then its open question is revealed with the answers given and it ends, its
     * scoreboard saying why. Either way {@link #runDue} then does the rest. A round another process still runs is left
     * to it; of two processes taking one round over at once, one does and says so. What a round taken over sends is
     * sent on its {@link RoundSteps}, as its steps are.
     */
    void resume(LongPredicate owned) {
        Instant now = clock.instant();
        for (Round round : store.ownerless(now)) {
            if (!owned.test(round.serverId()) || !store.takeOver(round.key(), now, now.plus(rules.lease()))) {
                continue;
            }
            heldAny = true;
            if (round.phase() != Phase.FINISHING) {
                steps.run(round.key(), () -> takenOver(round, now));
            }
        }
    }

    /** Carries on a round taken over at {@code now}, or ends it if it is too late to (see {@link #resume}). */
    private void takenOver(Round round, Instant now) {
        if (Duration.between(round.nextAt(), now).compareTo(rules.resumeWithin()) <= 0) {
            LOG.info(
                    "Round in channel {} resumes here: studybot restarted, or the process running it stopped",
                    round.key().channelId());
            postQuietly(
                    round,
                    replies.resumed(round, publicLocales.of(round.serverId())),
                    round.key().questionNonce(round.question()) + "r");
            if (round.phase() == Phase.OPEN && round.messageId().isEmpty()) {
                books.of(round.serverId())
                        .quiz()
                        .find(round.cardId())
                        .ifPresent(question -> post(round, question, now));
            }
            return;
        }
        LOG.info(
                "Round in channel {} ends: studybot was away too long",
                round.key().channelId());
        if (round.phase() == Phase.OPEN) {
            try {
                reveal(round);
            } catch (RoundPostException e) {
                failed(round, "reveal question " + (round.question() + 1), e, now);
                return;
            }
        }
        store.advance(round, round.finishing(EndReason.RESTART, now));
    }

    /**
     * Keeps this process's rounds its own, takes over those of {@code owned} servers nobody holds ({@link #resume}),
     * and hands each of its rounds whose next step is due to {@link RoundSteps} to be moved one step on. It waits for
     * the store only, never for a round's messages, so the timer calling it keeps its pace while any round's channel is
     * slow or failing.
     *
     * @return whether any round is still running afterwards (any server's, any process's), so the caller may stop
     *     asking
     */
    boolean runDue(LongPredicate owned) {
        renewWhenDue(clock.instant());
        resume(owned);
        for (Round round : store.due(clock.instant())) {
            if (owned.test(round.serverId())) {
                steps.run(round.key(), () -> stepIfDue(round.key()));
            }
        }
        return !store.unfinished().isEmpty();
    }

    /** Lets go of this process's rounds, as it stops, so the next process to start takes them over at once. */
    void release() {
        if (heldAny) {
            store.release();
        }
    }

    /**
     * Renews this process's hold on its rounds, if it has any, every third of {@link RoundRules#lease} (and if the
     * clock went back).
     */
    private void renewWhenDue(Instant now) {
        if (heldAny
                && (Duration.between(renewedAt, now).compareTo(rules.lease().dividedBy(3)) >= 0
                        || now.isBefore(renewedAt))) {
            store.renew(now.plus(rules.lease()));
            renewedAt = now;
        }
    }

    /**
     * Steps the round as stored now, if it is still this process's and due: the pass may have found it before its last
     * step (under way then) moved it on, and a step from that older state would send its message again.
     */
    private void stepIfDue(RoundKey key) {
        store.due(clock.instant()).stream()
                .filter(round -> round.key().equals(key))
                .findFirst()
                .ifPresent(this::step);
    }

    private void step(Round round) {
        Instant now = clock.instant();
        switch (round.phase()) {
            case WAITING -> {
                if (round.stoppedBy().isPresent()) {
                    store.advance(round, round.finishing(EndReason.STOPPED, now));
                    return;
                }
                ask(round, now);
            }
            case OPEN -> {
                try {
                    int answered = reveal(round);
                    store.advance(round, round.revealed(answered, now, rules.pause(), rules.silentToEnd()));
                } catch (RoundPostException e) {
                    failed(round, "reveal question " + (round.question() + 1), e, now);
                }
            }
            case FINISHING -> {
                if (!postQuietly(
                        round,
                        replies.scoreboard(
                                round,
                                Scoreboard.of(scored(round)),
                                sharing.sharing(round.serverId())::contains,
                                publicLocales.of(round.serverId())),
                        round.key().scoreboardNonce())) {
                    return;
                }
                store.advance(round, round.ended(now));
                LOG.info(
                        "Round in channel {} ended: {}",
                        round.key().channelId(),
                        round.endReason().orElseThrow());
            }
            case ENDED -> throw new IllegalStateException("ended rounds are never due");
        }
    }

    /**
     * Asks the next question, skipping it if its card left the book (reloaded without its fact); when the book has none
     * of the questions left (another book was chosen), the round ends saying so.
     */
    private void ask(Round round, Instant now) {
        QuizDeck deck = books.of(round.serverId()).quiz();
        Optional<Question> question = deck.find(round.cardId());
        if (question.isEmpty()) {
            boolean noneLeft = round.cardIds().subList(round.question(), round.questions()).stream()
                    .noneMatch(card -> deck.find(card).isPresent());
            store.advance(round, noneLeft ? round.finishing(EndReason.BOOK_CHANGED, now) : round.skipped(now));
            return;
        }
        Round open = round.asked(now, rules.revealGrace());
        if (store.advance(round, open)) {
            post(open, question.get(), now);
        }
    }

    /** Posts the open question's message (again, after a restart: its nonce returns the message already made). */
    private void post(Round open, Question question, Instant now) {
        try {
            long message = channel.post(
                    open.key().channelId(),
                    replies.question(
                            open,
                            question,
                            store.answerCount(open.key(), open.question()),
                            publicLocales.of(open.serverId())),
                    open.key().questionNonce(open.question()));
            store.advance(open, open.postedAs(message));
        } catch (RoundPostException e) {
            failed(open, "post question " + (open.question() + 1), e, now);
        }
    }

    /**
     * A message of the round could not be sent, even after the channel's retries. Stopping leaves the step to be done
     * again after the restart. Otherwise the round ends: at once, sending nothing more, in a channel that refuses
     * studybot; else its scoreboard is posted next, saying why. A round that asked nothing yet also tells its starter
     * privately, and leaves its channel no wait before the next.
     */
    private void failed(Round round, String what, RoundPostException e, Instant now) {
        long channelId = round.key().channelId();
        if (e.kind() == RoundPostException.Kind.STOPPING) {
            LOG.info("Round in channel {}: stopping while trying to {}; it is done after the restart", channelId, what);
            return;
        }
        boolean refuses = e.kind() == RoundPostException.Kind.CHANNEL_REFUSES;
        LOG.warn(
                "Round in channel {} ends: could not {}: {}{}",
                channelId,
                what,
                e.getMessage(),
                refuses ? "; the channel refuses studybot, so nothing more is sent there" : "");
        Round finishing = round.finishing(EndReason.FAILED, now);
        if (!store.advance(round, refuses ? finishing.ended(now) : finishing) || !round.askedNothing()) {
            return;
        }
        try {
            channel.tellStarter(
                    channelId, round.starterId(), replies.notStarted(refuses, publicLocales.of(round.serverId())));
        } catch (RoundPostException told) {
            LOG.warn(
                    "Round in channel {}: could not tell its starter why it did not start: {}",
                    channelId,
                    told.getMessage());
        }
    }

    /**
     * The round's answers that score: none to a question dropped after reports while the round ran. Those to a question
     * whose fact left the book before its reveal were discarded then ({@link #reveal}); a question revealed before the
     * book changed keeps its points, as its reveal said.
     */
    private List<RoundAnswer> scored(Round round) {
        Set<String> dropped = cards.droppedIn(round.serverId());
        return store.answers(round.key()).stream()
                .filter(answer -> !dropped.contains(round.cardIds().get(answer.question())))
                .toList();
    }

    /**
     * Edits the open question's message to its reveal; how many answered it. A question dropped after reports while it
     * was open is revealed as usual, but counts nobody, and says so. One whose fact left the book (reloaded, or another
     * chosen) is closed, saying its answers don't score, and they are discarded.
     *
     * @throws RoundPostException if the reveal could not be sent, even after the channel's retries
     */
    private int reveal(Round round) throws RoundPostException {
        List<RoundAnswer> answers = store.answers(round.key()).stream()
                .filter(answer -> answer.question() == round.question())
                .toList();
        Optional<Question> question = books.of(round.serverId()).quiz().find(round.cardId());
        if (question.isEmpty()) {
            store.discardAnswers(round.key(), round.question());
        }
        Locale place = publicLocales.of(round.serverId());
        boolean dropped = cards.droppedIn(round.serverId()).contains(round.cardId());
        Reply reveal = question.map(found -> dropped
                        ? replies.droppedReveal(round, found, place)
                        : replies.reveal(round, found, answers, sharing.sharing(round.serverId())::contains, place))
                .orElseGet(() -> replies.retiredReveal(round, place));
        if (round.messageId().isPresent()) {
            channel.edit(round.key().channelId(), round.messageId().getAsLong(), reveal);
        } else {
            channel.post(round.key().channelId(), reveal, round.key().questionNonce(round.question()) + "a");
        }
        return answers.size();
    }

    /**
     * Posts a message the round goes on without; false only when studybot is stopping, to post it after the restart.
     */
    private boolean postQuietly(Round round, Reply message, String nonce) {
        try {
            channel.post(round.key().channelId(), message, nonce);
        } catch (RoundPostException e) {
            if (e.kind() == RoundPostException.Kind.STOPPING) {
                return false;
            }
            LOG.warn(
                    "Round in channel {}: could not post \"{}\": {}",
                    round.key().channelId(),
                    message.title(),
                    e.getMessage());
        }
        return true;
    }

    /** A member on their own has no group to play with; the console is one person's own channel. */
    private static boolean inDirectMessages(Asker asker) {
        return asker.place().isPersonal();
    }
}
