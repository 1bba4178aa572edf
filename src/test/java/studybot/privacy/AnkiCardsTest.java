package studybot.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import studybot.facts.KeyFact;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.quiz.QuestionKind;

class AnkiCardsTest {

    private static final Question REPLICATION = new Question(
            "b-1",
            QuestionKind.FILL_IN_THE_BLANK,
            "A replica copies the \"primary\" through the _____.",
            List.of("oplog", "cursor", "index", "shard"),
            0,
            new KeyFact(
                    "f1",
                    "A replica copies the \"primary\" through the oplog, a capped collection.",
                    SectionNumber.of(20, 4),
                    List.of(),
                    List.of()));

    @Test
    void aCardIsItsQuestionOnTheFrontAndItsAnswerWithTheWholeFactOnTheBack() {
        AnkiCards.Export export = AnkiCards.of(
                List.of("b-1"),
                id -> Optional.ofNullable(Map.of("b-1", REPLICATION).get(id)));

        assertThat(export.cards()).isEqualTo(1);
        assertThat(export.retired()).isZero();
        assertThat(export.csv())
                .startsWith("#separator:Comma\n#html:false\n#columns:Front,Back,Tags\n#tags column:3\n")
                .endsWith("\"A replica copies the \"\"primary\"\" through the _____.\","
                        + "\"oplog\n\nA replica copies the \"\"primary\"\" through the oplog, a capped collection.\n"
                        + "(20.4)\",\"studybot section_20.4\"\n");
    }

    @Test
    void cardsWhoseFactLeftTheBookAreCountedNotWrittenAndRepeatsAreWrittenOnce() {
        AnkiCards.Export export = AnkiCards.of(
                List.of("b-1", "gone", "b-1"), id -> id.equals("b-1") ? Optional.of(REPLICATION) : Optional.empty());

        assertThat(export.cards()).isEqualTo(1);
        assertThat(export.retired()).isEqualTo(1);
        assertThat(export.csv().lines().filter(line -> line.startsWith("\"A replica")))
                .hasSize(1);
    }
}
