package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studybot.facts.KeyFactExtractor;
import studybot.facts.KeyTerm;
import studybot.facts.LabelledBook;
import studybot.facts.TermKind;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * The quiz rubric of the real-books issue, checked mechanically wherever a check can be written: blanks never split a
 * name or give the answer away by their article or another form of the word, which-section questions mask every form of
 * the title and are only asked about a title the book does not repeat.
 */
class QuizRubricTest {

    private static final List<LabelledBook> BOOKS =
            List.of(LabelledBook.seed(), LabelledBook.operatingSystems(), LabelledBook.networking());

    @Test
    void hyphenatedAndDottedNamesAreBlankedWholeOrNotAtAll() {
        assertThat(Blanks.blank("The browser sends Cache-Control with every request.", "Control"))
                .isEmpty();
        assertThat(Blanks.blank("Set min.insync.replicas to two.", "replicas")).isEmpty();
        assertThat(Blanks.blank("Object-oriented programming models programs.", "Object"))
                .isEmpty();
        assertThat(Blanks.blank("The browser sends Cache-Control with every request.", "Cache-Control"))
                .contains("The browser sends _____ with every request.");
    }

    @Test
    void anArticleBeforeTheBlankBecomesAOrAn() {
        assertThat(Blanks.blank("An index speeds up reads, and an index costs writes.", "index"))
                .contains("A(n) _____ speeds up reads, and a(n) _____ costs writes.");
        assertThat(Blanks.blank("A replica serves reads.", "replica")).contains("A(n) _____ serves reads.");
    }

    @Test
    void aWordIsNotBlankedBesideAnotherFormOfItselfNorWhereItIsAVerb() {
        assertThat(Blanks.blank("Each user logs in, and the users see their rows.", "user"))
                .isEmpty();
        assertThat(Blanks.blank("The schema is created by CREATE SCHEMA.", "schema"))
                .isEmpty();
        assertThat(Blanks.blank("The block runs only if the value does match the pattern.", "match"))
                .isEmpty();
        KeyTerm match = new KeyTerm("match", "match", TermKind.of("match"), 1, true);
        assertThat(Blanks.usedAsThing("Values that match one pattern are kept.", match))
                .isFalse();
        assertThat(Blanks.usedAsThing("A match is an expression that checks every case.", match))
                .isTrue();
        assertThat(Blanks.blank("A word used three times: word, word.", "word")).isEmpty();
    }

    @Test
    void adjectivesAndParticiplesAreNeverBlanksOrChoices() {
        assertThat(Blanks.blankable(new KeyTerm("following", "follow", TermKind.of("following"), 1, true)))
                .isFalse();
        assertThat(Blanks.blankable(new KeyTerm("untrusted", "untrust", TermKind.of("untrusted"), 1, true)))
                .isFalse();
        assertThat(Blanks.blankable(new KeyTerm("dictionary", "dictionari", TermKind.of("dictionary"), 1, true)))
                .isTrue();
    }

    @Test
    void aWordModifyingTheNounAfterItOrAFillerIsNeverABlank() {
        KeyTerm data = concept("data");
        assertThat(Blanks.usedAsThing("Python has a data type for text.", data)).isFalse();
        assertThat(Blanks.usedAsThing("The list holds the data, and tuples hold it too.", data))
                .isTrue();
        KeyTerm current = concept("current");
        assertThat(Blanks.uses("It imports into the current and parent packages.", current))
                .isEqualTo(new Blanks.NounUses(0, 1));
        assertThat(Blanks.uses("The tuples and lists are sequences; the tuples hold values.", concept("tuples"))
                        .heads())
                .isEqualTo(2);
        assertThat(Blanks.uses("The current namespace and the current module; to the current.", current)
                        .mostlyHead())
                .isFalse();
        assertThat(Blanks.blankable(concept("number"))).isFalse();
        assertThat(Blanks.blankable(concept("default"))).isFalse();
        assertThat(Blanks.blankable(concept("tuple"))).isTrue();
    }

    @Test
    void aNameIsOfTheSortTheWordBesideItSays() {
        assertThat(TermRole.in("The Drop trait runs code when a value goes out of scope.", "Drop"))
                .contains("trait");
        assertThat(TermRole.in("The catalog pg_init_privs records initial privileges.", "pg_init_privs"))
                .contains("catalog");
        assertThat(TermRole.in("Traits such as Copy and Clone are derived.", "Copy"))
                .isEmpty();
        assertThat(TermRole.in("Call len() to count the items.", "len()")).contains("function");
        assertThat(TermRole.in("Exceptions have a method add_note(note) that adds a note.", "add_note"))
                .contains("function");
        assertThat(TermRole.in("Set the logging levels DEBUG and INFO.", "INFO"))
                .isEmpty();
        assertThat(TermRole.in("The INFO level is the default.", "INFO")).contains("level");
        assertThat(IdentifierStyle.of("pg_init_privs")).isNotEqualTo(IdentifierStyle.of("PQresultStatus"));
        assertThat(IdentifierStyle.of("pg_init_privs")).isEqualTo(IdentifierStyle.of("pg_class"));
    }

    @Test
    void aNameIsAskedOnlyAmongNamesOfItsOwnSort() {
        StringBuilder text = new StringBuilder();
        String[] traits = {"Drop", "Clone", "Debug", "Display"};
        String[] structs = {"Mutex", "Arc", "Rc", "Cell"};
        int chapter = 1;
        for (int round = 0; round < 3; round++) {
            for (String name : traits) {
                text.append(chapter++)
                        .append(".1 Section ")
                        .append(chapter)
                        .append("\n\nThe ")
                        .append(name)
                        .append(" trait is implemented by types in module ")
                        .append(chapter)
                        .append(" that need it, round ")
                        .append(round)
                        .append(".\n\n");
            }
            for (String name : structs) {
                text.append(chapter++)
                        .append(".1 Section ")
                        .append(chapter)
                        .append("\n\nThe ")
                        .append(name)
                        .append(" type wraps a value in module ")
                        .append(chapter)
                        .append(" shared by threads, round ")
                        .append(round)
                        .append(".\n\n");
            }
        }
        Library library = library(text.toString());
        QuizDeck deck = QuizDeck.build(library, new KeyFactExtractor().extract(library));

        assertThat(deck.all())
                .filteredOn(question -> question.kind() == QuestionKind.FILL_IN_THE_BLANK)
                .isNotEmpty()
                .allSatisfy(question -> assertThat(
                                List.of(traits).contains(question.rightChoice()) ? List.of(traits) : List.of(structs))
                        .containsAll(question.choices()));
    }

    @Test
    void aWhichSectionQuestionMasksEveryFormOfTheTitle() {
        assertThat(TitleMask.of("Redis Pub/Sub").apply("You publish a message and every subscriber gets it."))
                .doesNotContainIgnoringCase("publish")
                .doesNotContainIgnoringCase("subscri");
        assertThat(TitleMask.of("Genetic Algorithms").apply("The genetic algorithm (GA) searches at random."))
                .doesNotContain("GA")
                .doesNotContainIgnoringCase("genetic")
                .doesNotContainIgnoringCase("algorithm");
        assertThat(TitleMask.of("VPC Security").apply("A Virtual Private Cloud isolates your network."))
                .doesNotContain("Virtual")
                .doesNotContain("Private")
                .doesNotContain("Cloud");
        assertThat(TitleMask.of("Julian Dates").apply("Julian Date counting runs from noon."))
                .doesNotContainIgnoringCase("date")
                .doesNotContainIgnoringCase("julian");
        assertThat(TitleMask.of("Raising Exceptions").apply("The raise statement forces an exception."))
                .doesNotContainIgnoringCase("raise")
                .doesNotContainIgnoringCase("exception");
        assertThat(TitleMask.of("Concise Control Flow with if let").apply("The if let syntax matches one pattern."))
                .doesNotContain(" if ")
                .doesNotContain(" let ");
    }

    @Test
    void aProductNameInTheTitleIsMaskedInEveryFormAndAnAcronymWithItsExpansion() {
        assertThat(TitleMask.of("A birds-eye view of Git’s source code")
                        .question("The git binary links every builtin, and Git's sources keep them in one directory."))
                .hasValueSatisfying(masked ->
                        assertThat(masked).doesNotContainIgnoringCase("git").doesNotContainIgnoringCase("source"));
        assertThat(TitleMask.of("Git concepts").apply("GIT stores a commit's tree; git never rewrites objects."))
                .doesNotContainIgnoringCase("git")
                .doesNotContainIgnoringCase("concept");
        assertThat(TitleMask.of("Python’s Scopes").question("A python function's names live in its local scope."))
                .hasValueSatisfying(masked -> assertThat(masked).doesNotContainIgnoringCase("python"));
        assertThat(TitleMask.of("Stable APIs").apply("An Application Programming Interface is stable across releases."))
                .doesNotContain("Application")
                .doesNotContain("Programming")
                .doesNotContain("Interface");
        assertThat(TitleMask.of("Write-Ahead Logging (WAL)")
                        .apply("The WAL's records reach disk first; write-ahead logs make crash recovery possible."))
                .doesNotContain("WAL")
                .doesNotContainIgnoringCase("write")
                .doesNotContainIgnoringCase("ahead")
                .doesNotContainIgnoringCase("log");
        assertThat(TitleMask.of("Git concepts").question("The git-fetch command downloads objects from a remote."))
                .isEmpty();
    }

    @Test
    void aQuotationClosedAfterAMaskedWordKeepsItsClosingQuote() {
        assertThat(
                        TitleMask.of("Installing the Ledger")
                                .apply(
                                        "By default, ‘make install’ puts the ledger’s files under 'usr/local', and 'ledgers' too."))
                .isEqualTo("By default, ‘make ▢▢▢’ puts the ▢▢▢ files under 'usr/local', and '▢▢▢' too.");
    }

    @Test
    void aWhichSectionQuestionIsNotAskedWhenTheTitleStillShowsOrMasksCrowdTheFact() {
        assertThat(TitleMask.of("Trigger Functions")
                        .question("The suppress_redundant_updates_trigger function skips updates that change nothing."))
                .isEmpty();
        assertThat(TitleMask.of("Comparing Sequences and Other Types")
                        .question("Sequence objects may be compared to other objects with the same sequence type."))
                .isEmpty();
        assertThat(TitleMask.of("Batteries Included")
                        .question("The email package handles messages, including MIME documents."))
                .isEmpty();
        assertThat(TitleMask.of("Weak References")
                        .question("The weakref module tracks objects without creating a reference to them."))
                .contains("The ▢▢▢ module tracks objects without creating a ▢▢▢ to them.");
    }

    @Test
    void aRepeatedTitleNeverAnswersAWhichSectionQuestion() {
        Library library = library("""
                1.1 Description

                CREATE SCHEMA enters a new schema into the current database, and schema names must be distinct.

                2.1 Description

                CREATE EXTENSION loads a new extension into the current database by running its script file.

                3.1 Schemas

                A schema is a namespace that holds tables, data types, functions and operators of a database.

                4.1 Extensions

                An extension packages functions, data types and operators that are loaded into a database together.

                5.1 Roles

                A role owns database objects and holds privileges on the objects of other roles in a database.
                """);
        QuizDeck deck = QuizDeck.build(library, new KeyFactExtractor().extract(library));

        assertThat(deck.all())
                .filteredOn(question -> question.kind() == QuestionKind.WHICH_SECTION)
                .allSatisfy(question -> assertThat(question.choices()).doesNotContain("Description"));
    }

    @Test
    void everyQuestionOfTheLabelledBooksPassesTheMechanicalRubric() {
        Pattern article = Pattern.compile("\\b[Aa]n? " + Pattern.quote(Blanks.BLANK));
        for (LabelledBook book : BOOKS) {
            Library library = book.library();
            for (Question question : QuizDeck.build(library, new KeyFactExtractor().extract(library))
                    .all()) {
                String prompt = question.prompt();
                if (question.kind() == QuestionKind.FILL_IN_THE_BLANK) {
                    assertThat(article.matcher(prompt).find()).as(prompt).isFalse();
                    assertThat(prompt)
                            .as(prompt)
                            .doesNotContainPattern("[\\p{L}\\p{N}][.-]" + Pattern.quote(Blanks.BLANK))
                            .doesNotContainPattern(Pattern.quote(Blanks.BLANK) + "[.-][\\p{L}\\p{N}]");
                    TermKind kind = TermKind.of(question.rightChoice());
                    for (String choice : question.choices()) {
                        assertThat(TermKind.of(choice)).as(prompt).isEqualTo(kind);
                        assertThat(IdentifierStyle.of(choice))
                                .as(prompt)
                                .isEqualTo(IdentifierStyle.of(question.rightChoice()));
                    }
                } else {
                    String title = question.rightChoice();
                    for (String word : title.split("[^\\p{L}\\p{N}]+")) {
                        if (word.length() >= 5 && !word.equalsIgnoreCase("other")) {
                            assertThat(prompt.toLowerCase(Locale.ROOT))
                                    .as(prompt)
                                    .doesNotContain(word.substring(0, 4).toLowerCase(Locale.ROOT));
                            assertThat(question.choices().stream()
                                            .filter(choice -> !choice.equals(title))
                                            .map(choice -> choice.toLowerCase(Locale.ROOT)))
                                    .as("titles sharing a word with the answer's: " + question.choices())
                                    .noneMatch(choice -> choice.contains(word.toLowerCase(Locale.ROOT)));
                        }
                    }
                }
            }
        }
    }

    @Test
    void distractorsChosenByMeaningAreNearTheAnswerButNoSynonymOfIt() throws Exception {
        TermMeanings hashed =
                terms -> terms.stream().map(QuizRubricTest::hashedVector).toList();
        int asked = 0;
        List<Library> libraries = new java.util.ArrayList<>(
                BOOKS.stream().map(LabelledBook::library).toList());
        libraries.add(QuestionQualityTest.subjectsBook());
        libraries.add(SentenceFitTest.ledgerBook());
        for (Library library : libraries) {
            for (Question question : QuizDeck.build(library, new KeyFactExtractor().extract(library), hashed)
                    .all()) {
                if (question.kind() != QuestionKind.FILL_IN_THE_BLANK) {
                    continue;
                }
                asked++;
                float[] answer = hashedVector(question.rightChoice().toLowerCase(Locale.ROOT));
                for (String choice : question.choices()) {
                    if (!choice.equals(question.rightChoice())) {
                        assertThat(cosine(answer, hashedVector(choice.toLowerCase(Locale.ROOT))))
                                .as(question.prompt() + " " + choice)
                                .isBetween(DistractorPool.MIN_SIMILARITY, DistractorPool.MAX_SIMILARITY);
                        assertThat(Interchangeable.either(choice, question.rightChoice()))
                                .isFalse();
                    }
                }
            }
        }
        assertThat(asked).isPositive();
    }

    @Test
    void aFactWithoutCandidatesNearInMeaningHasNoFillInTheBlankQuestion() {
        TermMeanings unrelated = terms -> terms.stream()
                .map(term -> {
                    float[] vector = new float[terms.size()];
                    vector[terms.indexOf(term)] = 1;
                    return vector;
                })
                .toList();
        Library library = LabelledBook.seed().library();

        assertThat(QuizDeck.build(library, new KeyFactExtractor().extract(library), unrelated)
                        .all())
                .isNotEmpty()
                .noneMatch(question -> question.kind() == QuestionKind.FILL_IN_THE_BLANK);
    }

    @Test
    void wordsTechnicalProseUsesForOneAnotherAreNeverChoicesTogether() {
        assertThat(Interchangeable.either("items", "elements")).isTrue();
        assertThat(Interchangeable.either("package", "the library")).isTrue();
        assertThat(Interchangeable.either("tuple", "list")).isFalse();
    }

    /**
     * A fake model: one dimension every term of a book shares (they are all about its subject) and a unit vector in 6
     * more drawn from the term's hash, so most pairs are somewhat near, some too near or too far. Since distractors are
     * also checked in the sentence ({@link SlotEvidence}), a model with most pairs far apart leaves no question to
     * test.
     */
    private static float[] hashedVector(String term) {
        java.util.Random random = new java.util.Random(term.hashCode());
        float[] vector = new float[7];
        double norm = 0;
        for (int i = 1; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
            norm += vector[i] * vector[i];
        }
        for (int i = 1; i < vector.length; i++) {
            vector[i] /= (float) Math.sqrt(2 * norm);
        }
        vector[0] = (float) Math.sqrt(0.5);
        return vector;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static KeyTerm concept(String word) {
        return new KeyTerm(word, word, TermKind.of(word), 1, true);
    }

    private static Library library(String text) {
        return new Library(new SeedParser().parse(Path.of("book.txt"), text), Instant.EPOCH);
    }
}
