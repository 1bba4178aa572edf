package studybot.bench.realbooks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import studybot.quiz.Question;

/**
 * Prints the quiz questions of a book's judged sections that have no verdict yet, shuffled, for judging by hand:
 * {@code Q hash ? prompt || choices (the right one starred) || the fact}. Nothing says which rules made a question, and
 * questions already judged are left out, so questions of old and new rules are judged blind, side by side. A command,
 * not a test: {@code scripts/real-books/question-sheet.sh BOOK}.
 */
public final class QuestionSheet {

    private QuestionSheet() {}

    /** @param args the converted books' folder, the labels' folder, the book's name */
    public static void main(String[] args) throws Exception {
        RealBook book = RealBook.read(Path.of(args[1]).resolve(args[2] + ".tsv"));
        List<Question> unjudged =
                new ArrayList<>(JudgedQuestions.of(book.library(Path.of(args[0])), book.quizSections()).stream()
                        .filter(question -> !book.questions().containsKey(JudgedQuestions.hash(question)))
                        .toList());
        Collections.shuffle(unjudged, new Random(System.nanoTime()));
        for (Question question : unjudged) {
            List<String> choices = new ArrayList<>(question.choices());
            choices.set(question.answer(), "*" + question.rightChoice());
            System.out.printf(
                    "Q\t%s\t?\t%s || %s || %s%n",
                    JudgedQuestions.hash(question),
                    question.prompt(),
                    String.join(" / ", choices),
                    question.fact().text());
        }
    }
}
