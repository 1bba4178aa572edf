package studybot.search;

import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns plain text into Lucene queries without any query syntax: what users type is only ever words, so
 * {@code pub/sub}, {@code C++ AND} or a stray quote cannot fail. Each word matches the title (boosted, since a section
 * named after the word is about it) or the body.
 */
final class SectionQueryBuilder extends QueryBuilder {

    private final float titleBoost;

    SectionQueryBuilder(Analyzer stemming, float titleBoost) {
        super(stemming);
        this.titleBoost = titleBoost;
    }

    /** Sections that have every word of the text; empty when the text has no searchable words. */
    Optional<Query> allWords(String text) {
        return Optional.ofNullable(createBooleanQuery(SectionIndex.BODY, text, BooleanClause.Occur.MUST));
    }

    /** Sections that have any word of the text, ranked higher the more of them (and the rarer) they have. */
    Optional<Query> anyWord(String text) {
        return Optional.ofNullable(createBooleanQuery(SectionIndex.BODY, text, BooleanClause.Occur.SHOULD));
    }

    /** The analyzer may reuse the term's bytes for the next token, so the word is copied before it is kept. */
    @Override
    protected Query newTermQuery(Term term, float boost) {
        BytesRef word = BytesRef.deepCopyOf(term.bytes());
        Query inTitle = new BoostQuery(new TermQuery(new Term(SectionIndex.TITLE, word)), titleBoost);
        Query inBody = new TermQuery(new Term(SectionIndex.BODY, word));
        Query either = new BooleanQuery.Builder()
                .add(inTitle, BooleanClause.Occur.SHOULD)
                .add(inBody, BooleanClause.Occur.SHOULD)
                .build();
        return boost == 1f ? either : new BoostQuery(either, boost);
    }
}
