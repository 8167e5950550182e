package fr.imt.portal.search;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The fields of the Lucene index and how a query scores against them. The indexer uses the
 * same clauses to precompute the per-term weights it writes for the browser, so the browser's
 * sums are Lucene's scores (BM25), rounded to thousandths.
 */
final class Ranking {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String PILLAR = "pillar";
    static final String SCHOOL = "school";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String URL = "url";
    /** Adjacent term pairs ("egalit femm") of the title and of the body: an exact phrase scores them. */
    static final String PAIRS = "pairs";
    /** Only on the last document, the vocabulary document: every surface form the browser knows. */
    static final String SURFACE = "surface";
    /** Stored on the vocabulary document: the shard keys, space separated. */
    static final String SHARDS = "shards";

    /** A title match counts three times a body match. */
    static final float TITLE_BOOST = 3f;
    /** Two query words found next to each other (after stop words) add twice a term's weight. */
    static final float PAIR_BOOST = 2f;

    private Ranking() {}

    /** One term anywhere: title (boosted) plus body. */
    static Query term(String term) {
        return new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(new Term(TITLE, term)), TITLE_BOOST), BooleanClause.Occur.SHOULD)
                .add(new TermQuery(new Term(BODY, term)), BooleanClause.Occur.SHOULD)
                .build();
    }

    /** Two terms next to each other. */
    static Query pair(String first, String second) {
        return new BoostQuery(new TermQuery(new Term(PAIRS, pairKey(first, second))), PAIR_BOOST);
    }

    static String pairKey(String first, String second) {
        return first + " " + second;
    }

    /** The integer weight written for the browser. */
    static int weight(float score) {
        return Math.round(score * 1000f);
    }
}
