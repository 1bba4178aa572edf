/**
 * The store behind per-server and per-member data: one {@link studybot.store.Store} over the embedded SQLite file in
 * the data folder or a shared PostgreSQL, each feature's tables migrated by Flyway, with busy and unwritable stores
 * reported as such.
 *
 * <h2>How a feature keeps data</h2>
 *
 * <ol>
 *   <li>An interface in the feature's package says what it keeps, one method per transaction, and names its schema
 *       history: {@code Migrations MIGRATIONS = new Migrations("quiz", "db/quiz")} (see
 *       {@code studybot.dailytips.DailyTipStore}).
 *   <li>One JDBC implementation, {@code Sql<Thing>Store}, serves both dialects and takes the {@code Store} in its
 *       constructor. Each method is {@code store.inTransaction(connection -> ...)}: its statements commit together or
 *       not at all. They run through {@link studybot.store.Sql} ({@code Sql.on(connection).query(sql, ...).list(row ->
 *       ...)}), never through a hand-bound {@code PreparedStatement}. A {@code Connection} never outlives the lambda,
 *       and {@code inTransaction} is never nested (SQLite has one connection and would wait for itself until the busy
 *       timeout).
 *   <li>A short write many members make at once (a quiz answer) is {@code store.inSharedTransaction(...)}: writes given
 *       together share one transaction and one commit ({@code GroupCommit}); its work may run more than once, so it
 *       does its SQL and nothing else. Never call it inside a transaction either.
 *   <li>The feature's line in {@code studybot.CompositionRoot} names the {@code Migrations} of every table it reads or
 *       writes; the store's schema list ({@code studybot.StoreSchemas.ALL}) is derived from those lines, so the bot's
 *       store and {@code migrate-store} know the tables.
 * </ol>
 *
 * <h2>Migrations</h2>
 *
 * Versioned SQL per feature and dialect: {@code db/<feature>/sqlite/V1__what.sql} and
 * {@code db/<feature>/postgresql/V1__what.sql}, with the same versions in both. Each feature has its own history table,
 * so features never collide. Published scripts are never edited: a change is a new version. A feature new to an
 * existing store runs all its scripts; a store newer than the jar is refused at startup; a SQLite file from before
 * Flyway ({@code user_version 1}) is baselined in place. A start whose every history already records its newest script
 * skips Flyway ({@code CurrentSchemas}), so an edited published script is only noticed on a start that migrates.
 *
 * <h2>SQL that runs on both</h2>
 *
 * <ul>
 *   <li>Snowflakes and epoch millis: {@code BIGINT} in PostgreSQL, {@code INTEGER} in SQLite (64-bit there).
 *   <li>Booleans: {@code BOOLEAN} / {@code INTEGER CHECK (x IN (0,1))}, bound as a {@code Boolean}; literals
 *       {@code TRUE}/{@code FALSE}, never {@code = 1}.
 *   <li>Upserts: {@code INSERT ... ON CONFLICT (key) DO UPDATE SET n = my_table.n + 1} (qualified), and {@code ON
 *       CONFLICT DO NOTHING}; never {@code INSERT OR REPLACE}.
 *   <li>Dates as ISO {@code TEXT}; natural keys rather than generated ids; {@code LIMIT ?} for paging.
 *   <li>Only the changed columns: {@code SET a = COALESCE(?, a)}, so two admins never lose each other's update.
 *   <li>Server or DM: a {@code BIGINT} scope column, never {@code NULL} in a primary key.
 * </ul>
 *
 * A statement that cannot be shared branches on {@link studybot.store.Store#dialect()} in that one method. User input
 * is always a bound parameter.
 *
 * <h2>Errors</h2>
 *
 * A feature whose answers touch the store declares its tables in the composition root, which registers it as a
 * {@code StoreFeature}: Discord runs its commands and clicks on the store's own threads and never on those answering
 * {@code /section} and {@code /search}. It answers {@link studybot.store.StoreBusyException} with "try again in a
 * moment" and {@link studybot.store.StoreUnwritableException} with "nothing was changed"; a command that can still
 * answer without the store ({@code BotCommand.withoutStore()}: {@code /tip} draws a tip at random) catches both itself,
 * and is answered that way when the store's threads are all taken. Background work catches
 * {@link studybot.store.StoreException}, logs it at DEBUG ({@link studybot.store.StoreHealth} has reported it once) and
 * retries on its next pass. Tests run each store on both backends with {@code @ParameterizedClass} over
 * {@link studybot.store.Dialect}, through the test helpers {@code TestStores} and {@code TestPostgres}.
 *
 * <p>May use: {@code config}, {@code i18n}.
 */
package studybot.store;
