package studybot.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.TestBooks;

/**
 * A word typed written together ({@code wifi}, {@code email}) where the book prints it hyphenated ({@code Wi-Fi},
 * {@code e-mail}) finds that word, and is not "corrected" into another one ({@code wiki}).
 */
class JoinedWordsTest {

    private static final SectionSearch SEARCH = Searches.over(TestBooks.of(List.of(
            List.of("Wireless", "Connect the printer to the Wi-Fi network before the first print."),
            List.of("Team wiki", "The team wiki holds the meeting notes and the printer's manual."),
            List.of("Mail", "Send the report by e-mail to the office; the password is in the wiki."),
            List.of("Set-up", "The set-up of the printer takes ten minutes."),
            List.of("Quick setup", "A quick setup skips the calibration."))));

    @Test
    void aJoinedFormFindsTheHyphenatedBookWordUncorrected() {
        SearchResults wifi = SEARCH.search("wifi", Searches.DEFAULT_LIMIT);

        assertThat(wifi.correctedQuery()).as("no \"did you mean wiki\"").isEmpty();
        assertThat(wifi.hits()).extracting(SearchHit::title).containsExactly("Wireless");

        SearchResults email = SEARCH.search("Email", Searches.DEFAULT_LIMIT);
        assertThat(email.correctedQuery()).isEmpty();
        assertThat(email.hits()).extracting(SearchHit::title).containsExactly("Mail");
    }

    @Test
    void aTypoBesideAJoinedFormIsStillCorrected() {
        SearchResults results = SEARCH.search("wifi pasword", Searches.DEFAULT_LIMIT);

        assertThat(results.correctedQuery()).contains("wi-fi password");
        assertThat(results.hits()).extracting(SearchHit::title).contains("Wireless", "Mail");
    }

    @Test
    void aWordTheBookAlsoWritesTogetherIsSearchedAsTyped() {
        SearchResults results = SEARCH.search("setup", Searches.DEFAULT_LIMIT);

        assertThat(results.correctedQuery()).isEmpty();
        assertThat(results.hits()).extracting(SearchHit::title).contains("Quick setup");
    }
}
