package studybot.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadFactory;
import org.junit.jupiter.api.Test;

class DaemonThreadsTest {

    private static final Runnable NOTHING = () -> {};

    @Test
    void aNamedFactoryGivesEveryThreadItsNameAndNeverHoldsTheProcessOpen() {
        ThreadFactory factory = DaemonThreads.named("studybot-rounds");

        Thread first = factory.newThread(NOTHING);
        Thread second = factory.newThread(NOTHING);

        assertThat(first.getName()).isEqualTo("studybot-rounds");
        assertThat(second.getName()).isEqualTo("studybot-rounds");
        assertThat(first.isDaemon()).isTrue();
        assertThat(second.isDaemon()).isTrue();
    }

    @Test
    void aNumberedFactoryCountsItsOwnThreadsFromOne() {
        ThreadFactory handlers = DaemonThreads.numbered("studybot-handler");
        ThreadFactory senders = DaemonThreads.numbered("studybot-tip-sender");

        assertThat(handlers.newThread(NOTHING).getName()).isEqualTo("studybot-handler-1");
        assertThat(handlers.newThread(NOTHING).getName()).isEqualTo("studybot-handler-2");
        Thread sender = senders.newThread(NOTHING);
        assertThat(sender.getName()).isEqualTo("studybot-tip-sender-1");
        assertThat(sender.isDaemon()).isTrue();
    }
}
