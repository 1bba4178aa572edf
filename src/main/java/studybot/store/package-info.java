/**
 * The database behind per-server data (the daily tips today): opening, integrity check, migrations.
 *
 * <p>May use: no other studybot package.
 */
package studybot.store;
