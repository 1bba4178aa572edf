package studybot.search;

import java.util.ArrayList;
import java.util.List;
import studybot.library.Section;

/**
 * Questions made from a book's own section titles, searched once before search by meaning is announced ready. A fresh
 * JVM answers its first questions many times slower than later ones (Lucene's and the tokenizer's classes loading, ONNX
 * Runtime's first runs allocating, nothing compiled yet), and the first burst after a start paid for all of it at once:
 * 972 of 1,000 questions acknowledged in time where the minimal bot answered all. Running the same code paths a few
 * dozen times beforehand, off the request path, moves that cost to before the first question. The results are thrown
 * away; {@link SectionSearch} keeps none (the query vectors it keeps are the same a user's question would get).
 */
final class SearchWarmUp {

    /** Sections whose titles are asked about: enough for every path to be loaded and its hottest loops compiled. */
    static final int SECTIONS = 16;

    private final SectionSearch search;

    SearchWarmUp(SectionSearch search) {
        this.search = search;
    }

    /** Searches each question once; returns how many were asked. */
    int run() {
        List<String> questions = questions(search.sections());
        for (String question : questions) {
            search.foresee(question);
            search.search(question, SectionSearch.MAX_LIMIT);
        }
        return questions.size();
    }

    /**
     * For sections spread over the book: its title as typed, as a question (the path that asks the model), and with its
     * last letter dropped (the path that corrects typos).
     */
    static List<String> questions(List<Section> sections) {
        List<String> questions = new ArrayList<>();
        int count = Math.min(SECTIONS, sections.size());
        for (int i = 0; i < count; i++) {
            String title = sections.get(i * sections.size() / count).title().strip();
            if (title.isEmpty()) {
                continue;
            }
            questions.add(title);
            questions.add("how does " + title + " work?");
            if (title.length() > 4) {
                questions.add(title.substring(0, title.length() - 1));
            }
        }
        return questions;
    }
}
