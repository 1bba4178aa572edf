package studybot.chart;

/**
 * Whether this machine can draw text. A headless server without any font installed cannot, and Java then fails deep in
 * its font manager the first time a chart draws a label; asking first lets a feature answer with text alone. An
 * interface so the fallback can be tested on a machine that has fonts.
 */
@FunctionalInterface
public interface FontCheck {

    boolean canDrawText();

    /** Asks this JVM's graphics environment, once, and remembers the answer. */
    static FontCheck system() {
        return new SystemFonts();
    }
}
