/**
 * studybot's entry point and wiring: {@code Main} (command line, exit statuses, SIGTERM), the {@code CompositionRoot}
 * (the one place every feature is built, from the config, the store, the book, the clock and the transport's ports,
 * with the store's schema list derived from the same list), {@code Studybot} (the book, its reload, search by meaning
 * and the registry, whatever the transport), and {@code DiscordMode} and {@code ConsoleMode}, which open the store, ask
 * the root for a studybot and run it.
 *
 * <p>May use: every package; nothing depends on this one.
 */
package studybot;
