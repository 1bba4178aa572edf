/**
 * The store behind per-server and per-member data: one {@link studybot.store.Store} over the embedded SQLite file in
 * the data folder or a shared PostgreSQL, each feature's tables migrated by Flyway, with busy and unwritable stores
 * reported as such.
 *
 * <p>May use: {@code config}.
 */
package studybot.store;
