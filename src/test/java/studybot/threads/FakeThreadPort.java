package studybot.threads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import studybot.reply.Text;

/**
 * Threads as Discord keeps them, in memory: one per message (a second on the same message is {@code existed}), ids from
 * a counter, archived and deleted on demand, failures and missing permissions injected by the test.
 */
final class FakeThreadPort implements ThreadPort {

    final List<ThreadStart> opened = new ArrayList<>();
    final Set<Long> archived = new HashSet<>();
    final Set<Long> deleted = new HashSet<>();
    private final Map<Long, Long> threadByMessage = new HashMap<>();
    private long nextMessage = 9_000;
    Optional<ThreadProblem> missing = Optional.empty();
    ThreadFailure nextFailure;

    @Override
    public OpenedThread openOnMessage(long channelId, long messageId, ThreadStart start) throws ThreadFailure {
        failIfArmed();
        if (threadByMessage.containsKey(messageId)) {
            return new OpenedThread(messageId, true);
        }
        threadByMessage.put(messageId, messageId);
        opened.add(start);
        return new OpenedThread(messageId, false);
    }

    @Override
    public OpenedThread openInChannel(long channelId, Text starter, ThreadStart start) throws ThreadFailure {
        failIfArmed();
        return openOnMessage(channelId, nextMessage++, start);
    }

    @Override
    public boolean reopen(long threadId) throws ThreadFailure {
        failIfArmed();
        archived.remove(threadId);
        return !deleted.contains(threadId);
    }

    @Override
    public Optional<ThreadProblem> missing(long serverId, long channelId) {
        return missing;
    }

    private void failIfArmed() throws ThreadFailure {
        ThreadFailure failure = nextFailure;
        nextFailure = null;
        if (failure != null) {
            throw failure;
        }
    }
}
