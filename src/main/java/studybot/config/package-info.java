/**
 * The config: {@code ConfigJson} reads {@code studybot.json} into a tree (jackson-core's parser) and
 * {@code ConfigBinder} puts each key into its record, every key left out taking its default (from {@code defaults.json}
 * beside {@code ConfigLoader}, listed in {@code docs/configuration.md}); unknown, mistyped and out-of-range keys are
 * refused with a message naming the key.
 *
 * <p>May use: no other studybot package.
 */
package studybot.config;
