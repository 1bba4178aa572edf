/**
 * The languages studybot answers in. Each feature owns a bundle of its user-facing texts
 * ({@code studybot/<feature>/messages.properties} in English, {@code messages_de.properties} in German), which
 * {@link studybot.i18n.Texts} formats with ICU's MessageFormat (named arguments, plurals, dates and numbers for the
 * locale); {@link studybot.i18n.Languages} says which languages there are and which one a locale gets. Which locale a
 * reply is in is decided by the transport and the registry (docs/languages.md), never by the bundles.
 *
 * <p>May use: {@code reply} (texts with spans of their own, such as names, that are never read as markup).
 */
package studybot.i18n;
