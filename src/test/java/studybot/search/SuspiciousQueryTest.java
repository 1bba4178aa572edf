package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuspiciousQueryTest {

    @ParameterizedTest
    @ValueSource(strings = {"@everyone", "hi @here", "<@123>", "<#456>", "**bold**", "__init__", "`code`", "~~x~~",
        "||spoiler||", "> quote", "redis AND memcached", "title:foo", "(bar", "\"exact\"", "pool*", "fuzzy~"})
    void suspicious(String query) {
        assertThat(SuspiciousQuery.test(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pooling", "pub/sub", "C++", "read replicas", "what is redis?", "cache-aside pattern",
        "redis and memcached", "62.8"})
    void ordinary(String query) {
        assertThat(SuspiciousQuery.test(query)).isFalse();
    }
}
