package studybot.logging;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** logback's {@code %msg} with interaction and webhook tokens masked ({@link TokenMask}). */
public final class MaskedMessageConverter extends MessageConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return TokenMask.mask(super.convert(event));
    }
}
