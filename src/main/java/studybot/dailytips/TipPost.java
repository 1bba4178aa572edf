package studybot.dailytips;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import studybot.i18n.Languages;
import studybot.library.SectionNumber;
import studybot.quiz.Question;
import studybot.tip.Tip;

/**
 * A tip as it is posted: its text and the section it came from, with that section's title so the message can offer a
 * "Read 62.7" button. {@code sectionTitle} is empty when the book no longer has the section. With a reading plan
 * running, {@code digest} makes the post the group's study digest; {@code question} is the question of the day the post
 * asks, if the book has one. {@code language} is the server's, which the post is worded in (the book's text stays as it
 * is). {@code tip} is empty only for a digest, posted while the book has no tips (a book not in English has none).
 */
public record TipPost(
        Optional<Tip> tip, String sectionTitle, Optional<Digest> digest, Optional<Question> question, Locale language) {

    public TipPost {
        Objects.requireNonNull(tip, "tip");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
        if (tip.isEmpty() && digest.isEmpty()) {
            throw new IllegalArgumentException("a post without a tip is a digest");
        }
    }

    /** A post with its tip, worded in English. */
    public TipPost(
            String tipId,
            String text,
            SectionNumber section,
            String sectionTitle,
            Optional<Digest> digest,
            Optional<Question> question) {
        this(Optional.of(new Tip(tipId, text, section)), sectionTitle, digest, question, Languages.ENGLISH);
    }

    /** A plain tip in English, without a digest or a question. */
    public TipPost(String tipId, String text, SectionNumber section, String sectionTitle) {
        this(tipId, text, section, sectionTitle, Optional.empty(), Optional.empty());
    }
}
