/**
 * The one feature model and its registry. A {@link studybot.command.Feature} (one package) offers
 * {@link studybot.command.BotCommand}s (specs with typed options and subcommands, access, answers, completions) and
 * {@link studybot.command.ClickRoute}s (the component-id prefixes it owns). The
 * {@link studybot.command.CommandRegistry} is the one way in for every transport: it checks access, reach and options
 * and hands handlers plain values: the asker ({@link studybot.command.Asker}) and the {@link studybot.command.Scope}
 * (the {@link studybot.command.Place} the call counts for, with the book in use there). A handler whose store is busy
 * or cannot write is answered there too, the same for every command and click. Knows nothing of JDA.
 *
 * <p>May use: {@code book}, {@code reply}, {@code i18n}, {@code store} (its busy and unwritable faults).
 */
package studybot.command;
