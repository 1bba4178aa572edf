package studybot.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/** logback's {@code %ex} with interaction and webhook tokens masked in exception messages ({@link TokenMask}). */
public final class MaskedThrowableConverter extends ThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return TokenMask.mask(super.throwableProxyToString(proxy));
    }
}
