package studybot.quiz.review;

import studybot.store.SqlWork;

/**
 * Runs JDBC work in one transaction. The store's own {@code inTransaction} satisfies it as a method reference
 * ({@code database::inTransaction}), so the review store does not depend on which store class the bot opens.
 */
@FunctionalInterface
public interface Transactions {

    <T> T inTransaction(SqlWork<T> work);
}
