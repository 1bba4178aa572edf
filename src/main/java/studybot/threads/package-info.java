/**
 * A discussion thread for each reading: the daily digest opens one on its own message, and {@code /discuss} (in
 * {@code threads.command}) opens or links to one for any section. What a thread is named and which key facts it asks
 * about are decided here; opening it is the transport's ({@link studybot.threads.ThreadPort}).
 *
 * <p>May use: {@code dailytips}, {@code book}, {@code quiz}, {@code facts}, {@code library}, {@code store},
 * {@code reply}, {@code config}, {@code i18n}.
 */
package studybot.threads;
