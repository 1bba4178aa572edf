package studybot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import studybot.reply.Reply;

/** One place model for every feature: what each kind is stored under, and the places that cannot exist. */
class PlaceTest {

    private static final long SERVER = 200000000000000001L;
    private static final long MEMBER = 400000000000000001L;

    @Test
    void aServerIsStoredByItsIdAndEveryOtherPlaceAsNotAServer() {
        assertThat(Place.server(SERVER).storageKey()).isEqualTo(SERVER);
        assertThat(Place.personal(MEMBER).storageKey())
                .isEqualTo(Place.NOT_A_SERVER)
                .isZero();
        assertThat(Place.console().storageKey()).isEqualTo(Place.NOT_A_SERVER);
        assertThat(Place.server(SERVER).serverId()).hasValue(SERVER);
        assertThat(Place.personal(MEMBER).serverId()).isEmpty();
        assertThat(Place.console().serverId()).isEmpty();
    }

    @Test
    void membersMeetInServersAndOnTheConsoleButNotInTheirOwnPlace() {
        assertThat(Place.server(SERVER).isShared()).isTrue();
        assertThat(Place.console().isShared()).isTrue();
        assertThat(Place.personal(MEMBER).isShared()).isFalse();
    }

    @Test
    void placesThatWouldShareAStorageKeyWithAnotherAreRefused() {
        assertThatThrownBy(() -> Place.server(Place.NOT_A_SERVER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("never 0");
        assertThatThrownBy(() -> new Place(Place.Kind.CONSOLE, 5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one place");
    }

    @Test
    void aMemberAsksOnlyInTheirOwnPersonalPlace() {
        assertThat(Asker.personal(MEMBER, "Ann", 9).place()).isEqualTo(Place.personal(MEMBER));
        assertThat(Asker.inServer(MEMBER, "Ann", SERVER, 9, false).place()).isEqualTo(Place.server(SERVER));
        assertThat(Asker.console("me").place()).isEqualTo(Place.console());
        assertThatThrownBy(() -> new Asker(
                        MEMBER,
                        "Ann",
                        Place.personal(MEMBER + 1),
                        OptionalLong.of(9),
                        Asker.Where.ALONE_WITH_STUDYBOT,
                        false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("their own personal place");
        assertThatThrownBy(() -> new Asker(
                        MEMBER, "Ann", Place.server(SERVER), OptionalLong.of(9), Asker.Where.PRIVATE_CHANNEL, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("one of its channels");
    }

    @Test
    void aMembersOwnDataIsPrivateOnlyWhereOthersReadAlongInTheirOwnPlace() {
        Reply stats = Reply.content("Your quiz stats", "Answered: 3");
        Asker inServerWithout = Asker.personalAmongOthers(MEMBER, "Ann", 9, Asker.Where.SERVER_CHANNEL);
        Asker inGroupDm = Asker.personalAmongOthers(MEMBER, "Ann", 9, Asker.Where.PRIVATE_CHANNEL);

        assertThat(inServerWithout.aboutThemselves(stats).isForAskerOnly()).isTrue();
        assertThat(inGroupDm.aboutThemselves(stats).isForAskerOnly()).isTrue();
        assertThat(Asker.personal(MEMBER, "Ann", 9).aboutThemselves(stats).isForAskerOnly())
                .as("studybot's DM: nobody else reads it")
                .isFalse();
        assertThat(Asker.inServer(MEMBER, "Ann", SERVER, 9, false)
                        .aboutThemselves(stats)
                        .isForAskerOnly())
                .as("a server with studybot studies together")
                .isFalse();
        assertThat(inServerWithout.inServerWithoutStudybot()).isTrue();
        assertThat(inGroupDm.inServerWithoutStudybot()).isFalse();
        assertThat(Asker.personal(MEMBER, "Ann", 9).inServerWithoutStudybot()).isFalse();
    }
}
