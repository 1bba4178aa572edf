package studybot.privacy;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import studybot.quiz.Question;

/**
 * A member's quiz cards as a text file Anki imports as it is (File › Import): comma-separated, with the header lines
 * that tell Anki the separator, that the fields are plain text and which column holds the tags. The front is the
 * question as studybot asks it, the back is the answer and the whole fact, so a card reads the same in both places.
 */
public final class AnkiCards {

    private static final String HEADER = "#separator:Comma\n#html:false\n#columns:Front,Back,Tags\n#tags column:3\n";

    private AnkiCards() {}

    /**
     * The file for the member's cards, in the order given; cards whose fact has left the book (the deck no longer finds
     * them) are left out and counted.
     */
    public static Export of(Collection<String> cardIds, Function<String, Optional<Question>> deck) {
        StringBuilder csv = new StringBuilder(HEADER);
        int cards = 0;
        int retired = 0;
        for (String cardId : new LinkedHashSet<>(cardIds)) {
            Optional<Question> found = deck.apply(cardId);
            if (found.isEmpty()) {
                retired++;
                continue;
            }
            Question question = found.get();
            String back = question.rightChoice() + "\n\n" + question.fact().text() + "\n("
                    + question.fact().section() + ")";
            csv.append(String.join(
                    ",",
                    List.of(
                            field(question.prompt()),
                            field(back),
                            field("studybot section_" + question.fact().section()))));
            csv.append('\n');
            cards++;
        }
        return new Export(csv.toString(), cards, retired);
    }

    /**
     * The file's text, how many cards it holds, and how many of the member's cards were left out because their fact
     * left the book.
     */
    public record Export(String csv, int cards, int retired) {}

    /** One CSV field, quoted as RFC 4180 says: inside double quotes, a double quote doubled. */
    private static String field(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
