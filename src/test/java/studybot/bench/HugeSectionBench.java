package studybot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import studybot.library.Library;
import studybot.library.Section;
import studybot.library.SectionNumber;
import studybot.library.TestBooks;
import studybot.reply.Text;
import studybot.search.SearchResults;
import studybot.search.Searches;
import studybot.search.SectionSearch;
import studybot.section.SectionPager;

/**
 * The per-request steps that could grow with a section's length, on one huge section (the seed's whole text repeated to
 * {@code size} characters, so every common word matches thousands of times) beside the seed: a search with the huge
 * section among its hits (highlighting and choosing the excerpt; target ≤ 50 ms at 5 MB), and paging it as
 * {@code /section} does. Issue 10 §9: excerpts were quadratic in the matches and took minutes at 5 MB.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HugeSectionBench extends SampledPerCall {

    @Param({"100000", "5000000"})
    public int size;

    private SectionSearch search;
    private String hugeBody;
    private final SectionPager pager = new SectionPager(SectionPager.DEFAULT_PAGE_SIZE);

    @Setup(Level.Trial)
    public void build() {
        Library seed = TestBooks.seed();
        StringBuilder body = new StringBuilder(size + 10_000);
        while (body.length() < size) {
            for (Section section : seed.sections()) {
                body.append(section.body()).append("\n\n");
            }
        }
        hugeBody = body.toString();
        List<Section> sections = new ArrayList<>(seed.sections());
        Section first = sections.get(0);
        sections.add(new Section(new SectionNumber(99, 1), "Everything at once", List.of(hugeBody), first.origin()));
        search = Searches.over(new Library(sections, seed.loadedAt()));
        SearchResults results = search.search("pooling connections", Searches.DEFAULT_LIMIT);
        if (results.hits().stream().noneMatch(hit -> hit.number().equals(new SectionNumber(99, 1)))) {
            throw new IllegalStateException("the huge section is not among the hits: " + results.hits());
        }
    }

    @Benchmark
    public SearchResults searchHittingTheHugeSection() {
        return search.search("pooling connections", Searches.DEFAULT_LIMIT);
    }

    @Benchmark
    public List<Text> pageTheHugeSection() {
        return pager.pages(Text.plain(hugeBody));
    }
}
