package studybot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import studybot.command.Asker;

class AskerOnceTest {

    @Test
    void whoAskedIsWorkedOutOnceByTheFirstThreadThatNeedsIt() throws Exception {
        List<String> workedOutOn = new CopyOnWriteArrayList<>();
        CountDownLatch working = new CountDownLatch(1);
        AskerOnce asker = new AskerOnce(() -> {
            workedOutOn.add(Thread.currentThread().getName());
            working.countDown();
            return Asker.personal(7L, "Ada", 11L);
        });
        Thread foresight = new Thread(asker::get, "foresight");

        foresight.start();
        assertThat(working.await(10, TimeUnit.SECONDS)).isTrue();
        Asker forTheHandler = CompletableFuture.supplyAsync(asker).get(10, TimeUnit.SECONDS);
        foresight.join(10_000);

        assertThat(workedOutOn).containsExactly("foresight");
        assertThat(forTheHandler).isSameAs(asker.get());
        assertThat(forTheHandler.displayName()).isEqualTo("Ada");
    }
}
