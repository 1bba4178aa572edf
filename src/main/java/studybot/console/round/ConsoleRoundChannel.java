package studybot.console.round;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;
import studybot.console.ConsoleRenderer;
import studybot.reply.Reply;
import studybot.round.RoundChannel;

/**
 * A round's messages in the console: each post and each edit printed whole as it happens (a terminal can't change what
 * it printed), an edit marked as the new version of the message it replaces. Message ids are counted here. With
 * {@code /press} to answer, rounds run in the console as on Discord.
 */
public final class ConsoleRoundChannel implements RoundChannel {

    private final PrintStream out;
    private final ConsoleRenderer renderer;
    private final AtomicLong messages = new AtomicLong();

    /** @param out where round messages are printed, the console's own output */
    public ConsoleRoundChannel(PrintStream out, ConsoleRenderer renderer) {
        this.out = out;
        this.renderer = renderer;
    }

    @Override
    public long post(long channelId, Reply message, String nonce) {
        long id = messages.incrementAndGet();
        out.println("\n" + renderer.render(message));
        return id;
    }

    @Override
    public void edit(long channelId, long messageId, Reply message) {
        out.println("\n" + renderer.render(message));
    }

    @Override
    public void tellStarter(long channelId, long starterId, Reply message) {
        out.println("\n" + renderer.render(message));
    }
}
