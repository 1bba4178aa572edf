/**
 * The offline console: reads command lines, answers them from the command registry, and renders replies as terminal
 * text.
 *
 * <p>May use: {@code command}, {@code reply}, {@code stats}, {@code i18n}, {@code files}.
 */
package studybot.console;
