package studybot.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.facts.KeyFactExtractor;
import studybot.library.Library;
import studybot.library.SeedParser;

/**
 * Distractors checked inside the fact's own sentence, on a made-up book about bookkeeping: a candidate the book never
 * writes in the blank's place is refused, one the book says the same thing of is refused, one the book uses as the same
 * kind of thing in the same place is kept.
 */
class SentenceFitTest {

    /** Seven chapters whose subjects the book keeps putting in the same places, as a manual does. */
    static final String LEDGER_BOOK = """
            1.1 Ledgers

            A ledger records every posting of an account in date order.

            Clerks close the ledger at the end of each month and archive the ledger for seven years.

            An auditor reads the ledger to check the balance of each account.

            2.1 Journals

            A journal records each transaction before the transaction is posted to an account.

            Clerks close the journal at the end of each day and archive the journal for seven years.

            An auditor reads the journal to trace a posting back to the transaction behind it.

            3.1 Receipts

            A receipt proves that a customer paid an amount in cash.

            Clerks file the receipt with the voucher that approved the payment.

            An auditor reads the receipt to confirm the date of the payment.

            4.1 Invoices

            An invoice asks a customer to pay an amount by a due date.

            Clerks file the invoice until the customer pays the amount.

            An auditor reads the invoice to confirm the amount a customer owes.

            5.1 Vouchers

            A voucher approves a payment before the cashier releases the money.

            Clerks file the voucher with the receipt that settles the payment.

            An auditor reads the voucher to confirm who approved the payment.

            6.1 Statements

            A statement lists the balance of an account at the end of a month.

            Clerks file the statement with the ledger of the account.

            An auditor reads the statement to confirm the balance of each account.

            7.1 Calendars

            A calendar shows the dates of a month in rows of seven days.

            The cashier hangs the calendar on the wall of the office.
            """;

    private final Library library = library(LEDGER_BOOK);
    private final BookStems words = BookStems.of(library);
    private final SlotEvidence evidence = new SlotEvidence(words);
    private final AlsoSaid alsoSaid = new AlsoSaid(words);

    @Test
    void aCandidateTheBookNeverWritesInTheBlanksPlaceIsImplausible() {
        BlankSlots slots = BlankSlots.of("Clerks file the _____ until the customer pays the amount.", words);

        assertThat(evidence.plausible(slots, "invoice", "receipt")).isTrue();
        assertThat(evidence.plausible(slots, "invoice", "voucher")).isTrue();
        assertThat(evidence.plausible(slots, "invoice", "calendar"))
                .as("the book hangs calendars, never files one, and never uses one where it uses invoices")
                .isFalse();
    }

    @Test
    void aCandidateTheBookSaysTheSameOfIsAlsoTrue() {
        BlankSlots slots = BlankSlots.of(
                "Clerks close the _____ at the end of each day and archive the _____ for seven years.", words);

        assertThat(alsoSaid.said(slots, "ledger"))
                .as("the ledger too is archived for seven years")
                .isTrue();
        assertThat(alsoSaid.said(slots, "receipt")).isFalse();
        assertThat(alsoSaid.said(
                        BlankSlots.of("An auditor reads the _____ to confirm the amount a customer owes.", words),
                        "voucher"))
                .as("\"reads the voucher\" alone is the sentence's frame, not its claim")
                .isFalse();
    }

    @Test
    void theBookUsesAWordInAnyInflectedForm() {
        assertThat(BookStems.stem("archived")).isEqualTo(BookStems.stem("archive"));
        assertThat(BookStems.stem("archiving")).isEqualTo(BookStems.stem("archives"));
        assertThat(BookStems.stem("entries")).isEqualTo(BookStems.stem("entry"));
        assertThat(BookStems.stem("running")).isEqualTo(BookStems.stem("run"));
        assertThat(BookStems.stem("classes")).isEqualTo(BookStems.stem("class"));
        assertThat(words.occurrences("ledgers")).hasSameSizeAs(words.occurrences("ledger"));
    }

    @Test
    void aWordThatNearlyAlwaysComesBeforeTheAnswerMakesItOneTerm() {
        Library pipes = library("""
                1.1 Pipes

                A named pipe is a file that carries data from one process to another.

                Reading from a named pipe blocks until a writer opens the named pipe.

                2.1 Sockets

                A socket carries data between processes, even on different hosts.
                """);
        BookStems pipeWords = BookStems.of(pipes);
        SlotEvidence pipeEvidence = new SlotEvidence(pipeWords);

        assertThat(pipeEvidence.partOfTerm(
                        BlankSlots.of("A named _____ is a file that carries data.", pipeWords), "pipe"))
                .isTrue();
        assertThat(pipeEvidence.partOfTerm(
                        BlankSlots.of("A(n) _____ carries data between processes.", pipeWords), "socket"))
                .isFalse();
    }

    @Test
    void everyDistractorOfTheDeckFitsTheSentenceAndIsNotSaidOfIt() {
        List<Question> blanks = QuizDeck.build(library, new KeyFactExtractor().extract(library)).all().stream()
                .filter(question -> question.kind() == QuestionKind.FILL_IN_THE_BLANK)
                .toList();

        assertThat(blanks).isNotEmpty().allSatisfy(question -> {
            BlankSlots slots = BlankSlots.of(question.prompt(), words);
            for (String choice : question.choices()) {
                if (!choice.equals(question.rightChoice())) {
                    assertThat(evidence.plausible(slots, question.rightChoice(), choice))
                            .as(question.prompt() + " " + choice)
                            .isTrue();
                    assertThat(alsoSaid.said(slots, choice))
                            .as(question.prompt() + " " + choice)
                            .isFalse();
                }
            }
            assertThat(question.choices()).doesNotContain("calendar", "calendars");
        });
    }

    static Library ledgerBook() {
        return library(LEDGER_BOOK);
    }

    private static Library library(String text) {
        return new Library(new SeedParser().parse(Path.of("ledger-book.txt"), text), Instant.EPOCH);
    }
}
