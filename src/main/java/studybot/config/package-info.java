/**
 * The strict config: Jackson reads {@code studybot.json} into records, refusing unknown, missing, mistyped and
 * out-of-range keys with a message naming the key.
 *
 * <p>May use: no other studybot package.
 */
package studybot.config;
