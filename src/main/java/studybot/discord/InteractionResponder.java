package studybot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InteractionFailureException;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.interactions.commands.CommandInteractionPayload;
import net.dv8tion.jda.api.interactions.components.ComponentInteraction;
import net.dv8tion.jda.api.interactions.components.selections.StringSelectInteraction;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.RestAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import studybot.command.ClickAnswer;
import studybot.discord.connect.InteractionDeadlines;
import studybot.i18n.Texts;
import studybot.reply.Reply;
import studybot.stats.Interaction;
import studybot.stats.Outcome;
import studybot.store.StoreBusyException;

/**
 * Answers interactions within Discord's three-second deadline, whatever the handler does. The handler runs on the bot's
 * own pool (never on JDA's gateway thread); if it has not finished after {@code deferAfter} the interaction is deferred
 * first and the answer edited in later. Discord's deadline runs from the interaction's creation, so the time the
 * gateway took to hand it over ({@link GatewayLag}) counts against {@code deferAfter}. An interaction that arrives
 * behind more queued work than the pool gets through in what is left of it at its recent pace ({@link HandlerPace}) is
 * deferred at once, as it arrives: in a burst the timer itself may run late on a busy machine; the handlers of deferred
 * interactions then give way to a burst still arriving ({@link BurstGiveWay}). A handler that throws gets an apology
 * shown only to the asker, with the interaction id logged, so nobody ever sees "This interaction failed".
 */
public final class InteractionResponder {

    private static final Logger LOG = LoggerFactory.getLogger(InteractionResponder.class);
    /** While draining, the gateway counts as settled once no interaction has arrived for this long. */
    private static final Duration QUIET = Duration.ofMillis(500);
    /**
     * The longest the drain waits for the gateway to settle once the handlers are done: Discord's own deadline for
     * acknowledging an interaction, after which waiting for one could not help it.
     */
    private static final Duration SETTLE_LIMIT = Duration.ofSeconds(3);
    /** Discord's deadline for acknowledging an interaction, from its creation. */
    private static final Duration ACKNOWLEDGE_WITHIN = Duration.ofSeconds(3);

    private final ExecutorService handlers;
    private final ExecutorService storeHandlers;
    private final ScheduledExecutorService timers;
    private final DiscordRenderer renderer;
    private final Duration deferAfter;
    private final Consumer<Interaction> observer;
    private final Texts texts;
    private final HandlerPace generalPace = new HandlerPace();
    private final HandlerPace storePace = new HandlerPace();
    private final BurstGiveWay burst = new BurstGiveWay(System::nanoTime);
    private final GatewayLag gatewayLag;
    private final InteractionDeadlines deadlines;
    private final AtomicBoolean accepting = new AtomicBoolean(true);
    private final Set<CompletableFuture<?>> sending = ConcurrentHashMap.newKeySet();
    private volatile long lastArrival = System.nanoTime();

    /**
     * @param storeHandlers where handlers that need the store run, apart from {@code handlers}, so a slow or locked
     *     store never delays answers that don't need it; work it turns away is answered "the store is busy"
     * @param deadlines where each interaction's acknowledgement deadline is noted as it arrives, so an acknowledgement
     *     Discord fails is sent again only while it can still arrive in time
     */
    public InteractionResponder(
            ExecutorService handlers,
            ExecutorService storeHandlers,
            ScheduledExecutorService timers,
            DiscordRenderer renderer,
            Duration deferAfter,
            Consumer<Interaction> observer,
            Texts texts,
            Clock clock,
            InteractionDeadlines deadlines) {
        this.handlers = handlers;
        this.storeHandlers = storeHandlers;
        this.timers = timers;
        this.renderer = renderer;
        this.deferAfter = deferAfter;
        this.observer = observer;
        this.texts = texts;
        this.gatewayLag = new GatewayLag(clock);
        this.deadlines = deadlines;
    }

    /**
     * Answers {@code event} as {@code answering} says, from a handler run on {@code pool}'s threads. When the store
     * handlers have stopped keeping up, {@code withoutStore} answers instead, on the general handlers (a random tip for
     * {@code /tip}); without it the asker is told the store is busy. A handler that also gives the clicked message's
     * new content has it updated in the same acknowledgement (the private answer then follows up); a handler slower
     * than the deferral leaves the clicked message as it is.
     *
     * @throws IllegalArgumentException when {@code answering} edits the clicked message of an event that has none
     */
    public void answer(
            IReplyCallback event,
            String command,
            Answering answering,
            HandlerPool pool,
            Supplier<ClickAnswer> handler,
            Optional<Supplier<ClickAnswer>> withoutStore) {
        if (answering.needsAClickedMessage() && !(event instanceof IMessageEditCallback)) {
            throw new IllegalArgumentException("only a click has a message to edit: " + command);
        }
        run(event, command, handler, answering, pool, withoutStore);
    }

    /** A handler's reply, with nothing to update in the clicked message. */
    public static Supplier<ClickAnswer> alone(Supplier<Reply> handler) {
        return () -> new ClickAnswer(handler.get(), Optional.empty());
    }

    /**
     * Stops taking new interactions (they are told to retry) and waits, within {@code grace}, for those in flight to be
     * answered: their handlers to finish and their answers to reach Discord. Interactions Discord sent just before the
     * stop may still be on their way through the gateway, so it also waits until none has arrived for a moment (at most
     * {@link #SETTLE_LIMIT}), refusing them, before the caller closes the gateway.
     */
    public boolean drain(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        accepting.set(false);
        handlers.shutdown();
        storeHandlers.shutdown();
        boolean finished = handlers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)
                && storeHandlers.awaitTermination(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        long settleBy = Math.min(deadline, System.nanoTime() + SETTLE_LIMIT.toNanos());
        long quietUntil = lastArrival + QUIET.toNanos();
        while (quietUntil - System.nanoTime() > 0 && settleBy - System.nanoTime() > 0) {
            TimeUnit.NANOSECONDS.sleep(Math.min(quietUntil - System.nanoTime(), settleBy - System.nanoTime()));
            quietUntil = lastArrival + QUIET.toNanos();
        }
        timers.shutdownNow();
        try {
            CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new))
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            LOG.debug("An answer failed while draining: {}", e.getCause().toString());
        } catch (TimeoutException e) {
            LOG.warn("{} answers still unsent after the shutdown grace period", sending.size());
            finished = false;
        }
        return finished;
    }

    private void run(
            IReplyCallback event,
            String command,
            Supplier<ClickAnswer> handler,
            Answering answering,
            HandlerPool pool,
            Optional<Supplier<ClickAnswer>> withoutStore) {
        lastArrival = System.nanoTime();
        if (!accepting.get()) {
            refuse(event, command);
            return;
        }
        AtomicBoolean acknowledged = new AtomicBoolean(false);
        Runnable defer = () -> {
            if (acknowledged.compareAndSet(false, true)) {
                send(event, answering.defer(event));
            }
        };
        AtomicReference<ScheduledFuture<?>> deferral = new AtomicReference<>();
        ExecutorService executor = pool == HandlerPool.STORE ? storeHandlers : handlers;
        HandlerPace pace = pool == HandlerPool.STORE ? storePace : generalPace;
        Duration behind = gatewayLag.behind(event.getTimeCreated().toInstant());
        deadlines.acknowledgeBy(
                event.getId(),
                System.nanoTime() + ACKNOWLEDGE_WITHIN.minus(behind).toNanos());
        Duration inTime = deferAfter.minus(behind);
        try {
            boolean deferNow = inTime.isNegative()
                    || executor instanceof ThreadPoolExecutor queue
                            && pace.wait(queue.getQueue().size() + 1, lanes(pool, queue))
                                            .compareTo(inTime)
                                    > 0;
            long arrival = burst.arrived(behind);
            executor.execute(() -> {
                if (deferNow) {
                    defer.run();
                }
                if (acknowledged.get()) {
                    burst.await(arrival);
                }
                answer(event, command, handler, answering, acknowledged, deferral, pace);
            });
            if (deferNow) {
                // Also first thing in the handler's task (whichever gets there first): a quick handler must not answer
                // directly what has to be deferred at once.
                defer.run();
            } else {
                deferLater(defer, inTime, deferral);
            }
        } catch (RejectedExecutionException e) {
            if (accepting.get() && pool == HandlerPool.STORE && withoutStore.isPresent()) {
                LOG.debug("Interaction {} answered without the store: the store is not keeping up", event.getId());
                run(event, command, withoutStore.get(), answering, HandlerPool.GENERAL, Optional.empty());
            } else if (accepting.get() && pool == HandlerPool.STORE) {
                busy(event, command);
            } else {
                refuse(event, command);
            }
        }
    }

    /**
     * Defers the interaction once {@code inTime} has passed unless its handler answered first. Only an interaction not
     * deferred as it arrives needs the timer, so a burst's deferrals cost the gateway's thread no scheduling. Once the
     * timers are shut down (a drain under way) it is deferred at once: its handler still answers.
     */
    private void deferLater(Runnable defer, Duration inTime, AtomicReference<ScheduledFuture<?>> deferral) {
        try {
            deferral.set(timers.schedule(defer, inTime.toMillis(), TimeUnit.MILLISECONDS));
        } catch (RejectedExecutionException e) {
            defer.run();
        }
    }

    /**
     * How many answers a pool gives at once at its recent pace: one per thread for the general pool, but one for the
     * store's, whose handlers wait for one store (a handler's time there includes its wait for the others' writes), so
     * counting each of its threads as a lane would promise answers they cannot give and leave late ones undeferred.
     */
    private static int lanes(HandlerPool pool, ThreadPoolExecutor executor) {
        return pool == HandlerPool.STORE ? 1 : executor.getMaximumPoolSize();
    }

    private void answer(
            IReplyCallback event,
            String command,
            Supplier<ClickAnswer> handler,
            Answering answering,
            AtomicBoolean acknowledged,
            AtomicReference<ScheduledFuture<?>> deferral,
            HandlerPace pace) {
        long started = System.nanoTime();
        Reply reply;
        Optional<Reply> update = Optional.empty();
        Outcome outcome;
        try {
            ClickAnswer answer = handler.get();
            reply = answer.reply();
            update = answer.clickedMessage();
            outcome = Outcome.of(reply);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.error("Handler for /{} failed on interaction {}", command, event.getId(), e);
            reply = Reply.problem(
                    texts.format(event.getUserLocale().toLocale(), "failed", Map.of("interaction", event.getId())));
            outcome = Outcome.ERROR;
        }
        long took = System.nanoTime() - started;
        pace.answered(took);
        ScheduledFuture<?> timer = deferral.get();
        if (timer != null) {
            timer.cancel(false);
        }
        List<RestAction<?>> actions;
        if (!acknowledged.compareAndSet(false, true)) {
            actions = answering.afterDeferral(event, renderer, reply);
        } else if (update.isPresent() && event instanceof IMessageEditCallback clicked) {
            actions = List.of(
                    clicked.editMessage(renderer.edit(update.get())),
                    event.getHook().sendMessage(renderer.create(reply)).setEphemeral(true));
        } else {
            actions = List.of(answering.answer(event, renderer, reply));
        }
        deliver(event, command, outcome, took, actions);
    }

    /**
     * Sends the answer's requests in order and records the interaction once they are done: with the handler's outcome
     * when they all reached Discord, as {@link Outcome#UNDELIVERED} with one WARN line when one did not (none more when
     * it failed only because the acknowledgement before it did, which has its own).
     */
    private void deliver(
            IReplyCallback event, String command, Outcome outcome, long took, List<RestAction<?>> actions) {
        List<CompletableFuture<?>> sent = new ArrayList<>();
        for (RestAction<?> action : actions) {
            Optional<CompletableFuture<?>> one = track(event, action);
            if (one.isEmpty()) {
                observe(event, command, outcome, took);
                return;
            }
            sent.add(one.get());
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).whenComplete((done, failure) -> {
            if (failure == null) {
                observe(event, command, outcome, took);
            } else {
                String line = failed("Interaction " + event.getId() + " (/" + command + ")", "the answer", failure);
                if (unwrapped(failure) instanceof InteractionFailureException) {
                    // the failed acknowledgement was logged already
                    LOG.debug(line);
                } else {
                    LOG.warn(line);
                }
                observe(event, command, Outcome.UNDELIVERED, took);
            }
        });
    }

    private void observe(IReplyCallback event, String command, Outcome outcome, long nanos) {
        OptionalLong server = event.isFromGuild() && event.getGuild() != null
                ? OptionalLong.of(event.getGuild().getIdLong())
                : OptionalLong.empty();
        try {
            observer.accept(new Interaction(event.getId(), command, server, typed(event), outcome, nanos));
        } catch (RuntimeException e) {
            LOG.warn("Could not record interaction {}", event.getId(), e);
        }
    }

    /** What the user typed or picked, for the debug log. */
    private static String typed(IReplyCallback event) {
        if (event instanceof CommandInteractionPayload command) {
            return command.getOptions().stream()
                    .map(option -> option.getName() + "=" + option.getAsString())
                    .collect(Collectors.joining(" "));
        }
        if (event instanceof StringSelectInteraction pick) {
            return String.join(",", pick.getValues());
        }
        if (event instanceof ComponentInteraction component) {
            return component.getComponentId();
        }
        return "";
    }

    /**
     * Sends one request to Discord, keeping track of it until it is done so shutdown can wait for it. Once the gateway
     * has closed (the shutdown grace period ran out) JDA refuses to send, and that is logged as one line.
     */
    private void send(IReplyCallback event, RestAction<?> action) {
        track(event, action)
                .ifPresent(sent -> sent.whenComplete((done, failure) -> {
                    if (failure != null) {
                        logFailure(event, failure);
                    }
                }));
    }

    /** Submits one request and keeps track of it until it is done; empty when JDA refuses it (shutting down). */
    private Optional<CompletableFuture<?>> track(IReplyCallback event, RestAction<?> action) {
        CompletableFuture<?> sent;
        try {
            sent = action.submit();
        } catch (RejectedExecutionException e) {
            LOG.info("Interaction {} arrived while shutting down; Discord will show it as failed", event.getId());
            return Optional.empty();
        }
        sending.add(sent);
        sent.whenComplete((done, failure) -> sending.remove(sent));
        return Optional.of(sent);
    }

    /** The store has not kept up for its busy timeout (locked, or out of connections): the asker is told so. */
    private void busy(IReplyCallback event, String command) {
        LOG.info("Interaction {} turned away: the store has not kept up with the work queued for it", event.getId());
        observe(event, command, Outcome.REFUSED, 0);
        event.reply(renderer.create(Reply.problem(StoreBusyException.ADVICE)))
                .setEphemeral(true)
                .queue(null, failure -> logFailure(event, failure));
    }

    /** Tells the asker to try again; tracked like an answer, so shutdown waits for it to reach Discord. */
    private void refuse(IReplyCallback event, String command) {
        observe(event, command, Outcome.REFUSED, 0);
        Reply retry = Reply.problem(texts.text(event.getUserLocale().toLocale(), "restarting"));
        send(event, event.reply(renderer.create(retry)).setEphemeral(true));
    }

    private static void logFailure(IReplyCallback event, Throwable failure) {
        LOG.warn(failed("Interaction " + event.getId(), "a reply", failure));
    }

    /**
     * One line saying why {@code what} for {@code who} did not reach Discord: an expired interaction (10062) is said to
     * be one, without JDA's advice to reset the bot token, which does not apply to an answer that came too late.
     */
    static String failed(String who, String what, Throwable failure) {
        Throwable cause = unwrapped(failure);
        if (cause instanceof ErrorResponseException error) {
            if (error.getErrorResponse() == ErrorResponse.UNKNOWN_INTERACTION) {
                return who + " expired before it could be answered (10062)";
            }
            String status = error.getResponse() == null ? "" : " HTTP " + error.getResponse().code;
            String code = error.getErrorCode() == 0 ? "" : ": " + error.getErrorCode() + " " + error.getMeaning();
            return who + ": " + what + " was not delivered, Discord answered" + status + code;
        }
        if (cause instanceof InteractionFailureException) {
            return who + ": " + what + " was not delivered, the interaction's acknowledgement had failed";
        }
        return who + ": " + what + " was not delivered, " + cause;
    }

    private static Throwable unwrapped(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
