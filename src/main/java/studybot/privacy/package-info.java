/**
 * A member's own data across every place studybot keeps it: export and deletion for {@code /privacy}, and their quiz
 * cards as a file Anki imports.
 *
 * <p>May use: {@code store}, {@code quiz}, {@code facts}, {@code library}.
 */
package studybot.privacy;
