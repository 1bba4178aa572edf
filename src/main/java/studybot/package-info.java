/**
 * studybot's entry point and wiring: {@code Main} (command line, exit statuses, SIGTERM), {@code Studybot} (the
 * parts every transport shares: the book, its reload, the command registry with every feature, the figures for
 * {@code /stats}), {@code DiscordMode} and {@code ConsoleMode} (each builds its transport from those parts).
 *
 * <p>May use: every package; nothing depends on this one.
 */
package studybot;
