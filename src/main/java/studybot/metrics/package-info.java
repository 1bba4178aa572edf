/**
 * The optional Prometheus endpoint: the command timers and counters {@code /stats} reads, served over HTTP for an
 * operator's scraper. A transport of its own, on the JDK's HTTP server, started and stopped with the bot.
 *
 * <p>May use: {@code concurrent}.
 */
package studybot.metrics;
