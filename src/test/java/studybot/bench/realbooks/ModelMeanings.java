package studybot.bench.realbooks;

import java.util.List;
import studybot.quiz.TermMeanings;
import studybot.search.SharedModel;
import studybot.search.semantic.EncoderModel;

/** The shipped MiniLM model as the quiz's {@link TermMeanings}: how the judged questions choose distractors. */
final class ModelMeanings implements TermMeanings {

    @Override
    public List<float[]> vectors(List<String> terms) {
        return SharedModel.encoder(EncoderModel.MINILM_L6_V2_Q).embedPassages(terms);
    }
}
