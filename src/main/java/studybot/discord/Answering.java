package studybot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.callbacks.IMessageEditCallback;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import net.dv8tion.jda.api.requests.RestAction;
import studybot.reply.Reply;

/**
 * How an interaction is acknowledged and answered, fixed before its handler runs: each strategy says how a slow answer
 * is deferred and how the answer then goes out, before or after that deferral. Whatever the strategy, a problem reply
 * is shown only to the asker.
 */
public enum Answering {
    /** A new message, public for content; a slow answer's "thinking" is public too. */
    PUBLIC_MESSAGE {
        @Override
        RestAction<?> defer(IReplyCallback event) {
            return event.deferReply(false);
        }

        @Override
        List<RestAction<?>> afterDeferral(IReplyCallback event, DiscordRenderer renderer, Reply reply) {
            if (!reply.isForAskerOnly()) {
                return List.of(event.getHook().editOriginal(renderer.edit(reply)));
            }
            // the public "thinking" goes, so a problem never shows to everyone
            return List.of(
                    event.getHook().deleteOriginal(),
                    event.getHook().sendMessage(renderer.create(reply)).setEphemeral(true));
        }
    },
    /** A new message only the asker sees, "thinking" included (commands for server managers, quiz answers). */
    PRIVATE_MESSAGE {
        @Override
        RestAction<?> defer(IReplyCallback event) {
            return event.deferReply(true);
        }

        @Override
        List<RestAction<?>> afterDeferral(IReplyCallback event, DiscordRenderer renderer, Reply reply) {
            return List.of(event.getHook().editOriginal(renderer.edit(reply)));
        }
    },
    /** The clicked message is replaced (previous/next, a confirmation); a slow answer is deferred as an edit. */
    EDIT_CLICKED {
        @Override
        RestAction<?> defer(IReplyCallback event) {
            return clicked(event).deferEdit();
        }

        @Override
        RestAction<?> answer(IReplyCallback event, DiscordRenderer renderer, Reply reply) {
            return reply.isForAskerOnly()
                    ? super.answer(event, renderer, reply)
                    : clicked(event).editMessage(renderer.edit(reply));
        }

        @Override
        List<RestAction<?>> afterDeferral(IReplyCallback event, DiscordRenderer renderer, Reply reply) {
            return List.of(
                    reply.isForAskerOnly()
                            ? event.getHook()
                                    .sendMessage(renderer.create(reply))
                                    .setEphemeral(true)
                            : event.getHook().editOriginal(renderer.edit(reply)));
        }
    };

    /** Acknowledges {@code event} before its answer is ready. */
    abstract RestAction<?> defer(IReplyCallback event);

    /** Sends {@code reply} as the acknowledgement itself, when it is ready before any deferral. */
    RestAction<?> answer(IReplyCallback event, DiscordRenderer renderer, Reply reply) {
        return event.reply(renderer.create(reply)).setEphemeral(reply.isForAskerOnly());
    }

    /** Sends {@code reply} once {@link #defer} has acknowledged {@code event}, in order. */
    abstract List<RestAction<?>> afterDeferral(IReplyCallback event, DiscordRenderer renderer, Reply reply);

    /** Whether this strategy edits the clicked message, so only a click can be answered this way. */
    boolean needsAClickedMessage() {
        return this == EDIT_CLICKED;
    }

    private static IMessageEditCallback clicked(IReplyCallback event) {
        return (IMessageEditCallback) event;
    }
}
