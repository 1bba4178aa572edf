package studybot.dailytips;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import studybot.i18n.Languages;
import studybot.library.SectionNumber;
import studybot.quiz.Question;

/**
 * A tip as it is posted: its text and the section it came from, with that section's title so the message can offer a
 * "Read 62.7" button. {@code sectionTitle} is empty when the book no longer has the section. With a reading plan
 * running, {@code digest} makes the post the group's study digest; {@code question} is the question of the day the post
 * asks, if the book has one. {@code language} is the server's, which the post is worded in (the book's text stays as it
 * is).
 */
public record TipPost(
        String tipId,
        String text,
        SectionNumber section,
        String sectionTitle,
        Optional<Digest> digest,
        Optional<Question> question,
        Locale language) {

    public TipPost {
        Objects.requireNonNull(tipId, "tipId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(sectionTitle, "sectionTitle");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(language, "language");
    }

    /** A post worded in English. */
    public TipPost(
            String tipId,
            String text,
            SectionNumber section,
            String sectionTitle,
            Optional<Digest> digest,
            Optional<Question> question) {
        this(tipId, text, section, sectionTitle, digest, question, Languages.ENGLISH);
    }

    /** A plain tip in English, without a digest or a question. */
    public TipPost(String tipId, String text, SectionNumber section, String sectionTitle) {
        this(tipId, text, section, sectionTitle, Optional.empty(), Optional.empty());
    }
}
