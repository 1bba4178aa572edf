package studybot.chart;

import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of this JVM: there must be at least one font family, and drawing a word must work. The answer cannot change
 * while the process runs, so it is found once.
 */
final class SystemFonts implements FontCheck {

    private static final Logger LOG = LoggerFactory.getLogger(SystemFonts.class);

    private volatile Boolean available;

    @Override
    public boolean canDrawText() {
        Boolean known = available;
        if (known == null) {
            known = probe();
            available = known;
        }
        return known;
    }

    private static boolean probe() {
        try {
            if (GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames().length == 0) {
                LOG.warn("No fonts installed: charts are left out and answers are text only");
                return false;
            }
            BufferedImage probe = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = probe.createGraphics();
            try {
                graphics.drawString("0", 0, 8);
            } finally {
                graphics.dispose();
            }
            return true;
        } catch (RuntimeException | Error e) {
            // Java reports a machine without fonts as a plain Error ("Probable fatal error: No fonts found") or an
            // InternalError from fontconfig, not as an exception.
            LOG.warn("This machine cannot draw text ({}): charts are left out and answers are text only", e.toString());
            return false;
        }
    }
}
