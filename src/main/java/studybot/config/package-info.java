/**
 * The config: Jackson reads {@code studybot.json} into records, every key left out taking its default (from
 * {@code defaults.json} beside {@code ConfigLoader}, listed in {@code docs/configuration.md}), and refuses unknown,
 * mistyped and out-of-range keys with a message naming the key.
 *
 * <p>May use: no other studybot package.
 */
package studybot.config;
