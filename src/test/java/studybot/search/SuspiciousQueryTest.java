package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SuspiciousQueryTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "@everyone",
                "hi @here",
                "<@123>",
                "<#456>",
                "**bold**",
                "__init__",
                "`code`",
                "~~x~~",
                "||spoiler||",
                "> quote",
                "redis AND memcached",
                "title:foo",
                "(bar",
                "\"exact\"",
                "pool*",
                "fuzzy~"
            })
    void suspicious(String query) {
        assertThat(SuspiciousQuery.test(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u202Eevil",
                "pool\u0000ing",
                "lone \uD800 surrogate",
                "zero\u200Bwidth",
                "\uFF20everyone",
                "\uFF1C@123\uFF1E",
                "\uFF0A\uFF0Abold\uFF0A\uFF0A"
            })
    void hiddenCharactersAndLookAlikesAreSuspicious(String query) {
        assertThat(SuspiciousQuery.test(query)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "pooling",
                "pub/sub",
                "C++",
                "read replicas",
                "what is redis?",
                "cache-aside pattern",
                "redis and memcached",
                "62.8",
                "caf\u00e9 r\u00e9plication",
                "\uFF50\uFF4F\uFF4F\uFF4C"
            })
    void ordinary(String query) {
        assertThat(SuspiciousQuery.test(query)).isFalse();
    }
}
