package studybot.discord.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.unions.IThreadContainerUnion;
import org.junit.jupiter.api.Test;

/**
 * JDA caches a thread it learns of before it gives the thread its parent channel: a round that edits its message in the
 * thread in between got a {@code NullPointerException} from JDA's own permission check (seen once in a full run), so
 * such a thread counts as not there yet, and is waited for.
 */
class JdaRoundChannelTest {

    @Test
    void aThreadWithoutItsParentYetIsNotBuilt() {
        ThreadChannel halfBuilt = thread(null);
        ThreadChannel built = thread(stub(IThreadContainerUnion.class));

        assertThat(JdaRoundChannel.built(halfBuilt)).isFalse();
        assertThat(JdaRoundChannel.built(built)).isTrue();
        assertThat(JdaRoundChannel.built(stub(TextChannel.class))).isTrue();
        assertThat(JdaRoundChannel.built((GuildChannel) null)).isFalse();
    }

    /** A thread whose parent is {@code parent}, or whose parent lookup throws as JDA's does before it has one. */
    private static ThreadChannel thread(IThreadContainerUnion parent) {
        return (ThreadChannel) Proxy.newProxyInstance(
                ThreadChannel.class.getClassLoader(), new Class<?>[] {ThreadChannel.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getParentChannel")) {
                        if (parent == null) {
                            throw new NullPointerException(
                                    "Cannot invoke \"getIdLong()\" because \"parentChannel\" is null");
                        }
                        return parent;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static <T> T stub(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            throw new UnsupportedOperationException(method.getName());
        }));
    }
}
