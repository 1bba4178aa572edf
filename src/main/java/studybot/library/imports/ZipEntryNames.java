package studybot.library.imports;

/**
 * The one check of a zip entry's name that every reader of zips makes before it trusts the entry (EPUBs, uploaded
 * books): a name that climbs out of the book with {@code ..}, starts at the root, names a drive or holds a NUL is
 * refused, whatever the zip's own headers say.
 */
public final class ZipEntryNames {

    private ZipEntryNames() {}

    /** Whether {@code name} would point outside the folder the zip is read into. */
    public static boolean climbsOut(String name) {
        String slashed = name.replace('\\', '/');
        if (slashed.startsWith("/") || slashed.matches("^[A-Za-z]:.*") || slashed.indexOf('\0') >= 0) {
            return true;
        }
        for (String part : slashed.split("/")) {
            if (part.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
