package studybot.remind;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.command.ClickRoute;
import studybot.command.Place;

/** The reminder buttons' ids: what they carry, their length, and ids studybot never made. */
class ReminderIdsTest {

    private static final long MEMBER = 987_654_321_098_765_432L;
    private static final long SERVER = 1_234_567_890_123_456_789L;

    @Test
    void carryTheMemberAndThePlaceWellUnderDiscordsLimit() {
        String start = ReminderIds.start(MEMBER, Place.server(SERVER));
        String quiz = ReminderIds.quiz(Place.server(SERVER), "a:c0123456789abcdef:0123abcd:zzzzzzzz");

        assertThat(ClickRoute.prefixOf(start)).isEqualTo(ReminderIds.PREFIX);
        List<String> args = List.of(start.split(":")).subList(1, 4);
        assertThat(ReminderIds.member(args, 1)).hasValue(MEMBER);
        assertThat(ReminderIds.place(args.get(2))).hasValue(Place.server(SERVER));
        assertThat(ReminderIds.place(ReminderIds.place(Place.personal(MEMBER)))).hasValue(Place.personal(MEMBER));
        assertThat(ReminderIds.place(ReminderIds.place(Place.console()))).hasValue(Place.console());
        assertThat(quiz.length()).isLessThanOrEqualTo(100);
    }

    @Test
    void forgedIdsNameNothing() {
        assertThat(ReminderIds.member(List.of("go"), 1)).isEmpty();
        assertThat(ReminderIds.member(List.of("go", "NOT-BASE-36"), 1)).isEmpty();
        assertThat(ReminderIds.member(List.of("go", "zzzzzzzzzzzzz"), 1))
                .as("beyond 64 bits")
                .isEmpty();
        assertThat(ReminderIds.place("x123")).isEmpty();
        assertThat(ReminderIds.place("s0")).as("no server has id 0").isEmpty();
        assertThat(ReminderIds.place("c5")).as("the console is one place").isEmpty();
        assertThat(ReminderIds.place("s" + "9".repeat(40))).isEmpty();
    }
}
