/**
 * The language each server chose for its public messages: kept in the store
 * ({@link studybot.language.SqlServerLanguageStore}) and held in memory for the registry
 * ({@link studybot.language.ChosenLanguages}), which puts it in every call made in that server.
 *
 * <p>May use: {@code i18n}, {@code store}.
 */
package studybot.language;
