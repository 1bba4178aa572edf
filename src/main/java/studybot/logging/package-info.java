/**
 * What logback needs from studybot to keep the logs readable: JDA's reports of failures studybot already reports in
 * one line of its own are left out ({@link studybot.logging.ReportedElsewhereFilter}). Uses logback and nothing of
 * studybot.
 */
package studybot.logging;
