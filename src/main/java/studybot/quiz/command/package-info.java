/**
 * {@code /quiz}: questions from the book's key facts, answered with buttons, each answer a review of that card for that
 * member, scheduled with FSRS; stats, a leaderboard of members who chose to be named, and forgetting. What it does in
 * plain values is {@code quiz.learning}'s; here are the command, its replies and its component ids.
 *
 * <p>May use: {@code command}, {@code reply}, {@code i18n}, {@code book}, {@code library}, {@code quiz},
 * {@code quiz.review}, {@code quiz.learning}, {@code fsrs}, {@code facts}, {@code sharing}, {@code server} (a server's
 * timezone), {@code section} (reading a section number as {@code /section} does, and its "Read 20.4" button),
 * {@code chart} (the stats picture), {@code store} (an answer the store could not take is not counted).
 */
package studybot.quiz.command;
