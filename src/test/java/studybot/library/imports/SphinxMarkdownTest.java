package studybot.library.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import studybot.library.LibraryException;
import studybot.library.Section;
import studybot.library.imports.markdown.MarkdownReader;

/**
 * A Sphinx page as {@code pandoc -f html -t gfm} writes it: each heading keeps its raw HTML (the section number's
 * {@code <span>}, a link in the title, the "¶" permalink {@code <a class="headerlink">}), and pandoc wraps it over the
 * following lines, where CommonMark ends an ATX heading at its line.
 */
class SphinxMarkdownTest {

    private static final String PAGE = """
            # <span class="section-number">4. </span>More Control Flow Tools<a href="#more-control-flow-tools" class="headerlink"
            title="Permalink to this heading">¶</a>

            Besides the <a href="../reference/compound_stmts.html#while"
            class="reference internal"><code
            class="xref std std-keyword docutils literal notranslate">while</code></a>
            statement just introduced, Python uses the usual flow control statements.

            ## <span class="section-number">4.1. </span>`if` Statements<a href="#if-statements" class="headerlink"
            title="Permalink to this heading">¶</a>

            Perhaps the most well-known statement type is the if statement.

            ## <span class="section-number">4.3. </span>The <a href="../library/stdtypes.html#range" class="reference internal"
            title="range"><code
            class="sourceCode python"><span class="bu">range</span>()</code></a> Function<a href="#the-range-function" class="headerlink"
            title="Permalink to this heading">¶</a>

            If you do need to iterate over a sequence of numbers, the built-in function range() comes in handy.

            ## <span class="section-number">4.4. </span>Loops<a href="#loops" class="headerlink" title="Link to this heading">🔗</a>

            A theme may show another sign for the link to a heading.

            ## A heading with a < sign

            The sign stays in the title.
            """;

    private final MarkdownReader reader = new MarkdownReader();
    private final BookAssembler assembler = new BookAssembler(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));

    @Test
    void aHeadingIsTitledByItsTextWithoutItsRawHtmlOrPermalink(@TempDir Path temp)
            throws IOException, LibraryException {
        AssembledBook book = read(temp);

        assertThat(book.library().sections())
                .extracting(Section::title)
                .contains("if Statements", "The range() Function", "Loops", "A heading with a < sign")
                .noneMatch(title -> title.contains("<") && !title.endsWith("< sign")
                        || title.contains("¶")
                        || title.contains("🔗")
                        || title.contains("headerlink"));
        assertThat(book.library().chapterTitle(4)).contains("More Control Flow Tools");
    }

    @Test
    void theWrappedRestOfAHeadingIsNotReadAsProse(@TempDir Path temp) throws IOException, LibraryException {
        AssembledBook book = read(temp);

        assertThat(book.library().sections())
                .extracting(Section::body)
                .noneMatch(text -> text.contains("Permalink") || text.contains("title=") || text.contains("¶"))
                .anyMatch(text -> text.contains("Besides the while statement just introduced"));
    }

    private AssembledBook read(Path temp) throws IOException, LibraryException {
        Path page = Files.writeString(temp.resolve("controlflow.md"), PAGE);
        return assembler.assemble(reader.read(page, ImportLimits.DEFAULT), page.toString());
    }
}
