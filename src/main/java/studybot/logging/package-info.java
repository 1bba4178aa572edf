/**
 * What logback needs from studybot to keep the logs safe and readable: interaction and webhook tokens masked in every
 * line ({@link studybot.logging.TokenMask}, used by the {@code %msg} and {@code %ex} converters the logback configs
 * install), and JDA's reports of failures studybot already reports in one line of its own left out
 * ({@link studybot.logging.ReportedElsewhereFilter}).
 *
 * <p>May use: no other studybot package; logback.
 */
package studybot.logging;
