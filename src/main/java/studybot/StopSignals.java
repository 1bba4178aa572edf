package studybot;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into a {@link StopRequest} for exit status 0. The JVM's own handling of them runs
 * the shutdown hooks and exits with 143 or 130, and the only way to change that status from a hook is
 * {@code Runtime.halt}, which cuts the other hooks (log flushing among them) short. Handling the signal instead lets
 * the main thread drain, close and return 0 through an ordinary {@code System.exit}.
 *
 * <p>{@code sun.misc.Signal} lives in {@code jdk.unsupported}, the module the JDK keeps for exactly this use. It is
 * reached reflectively because javac warns on every direct mention of it and offers no way to say the use is
 * deliberate. If it is missing, {@link #install} says so and the JVM's default handling stays.
 */
final class StopSignals {

    private static final List<String> SIGNALS = List.of("TERM", "INT");

    private StopSignals() {}

    /** Sends SIGTERM and SIGINT to {@code stop}; false if this JVM does not allow handling signals. */
    static boolean install(StopRequest stop) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handlerType = Class.forName("sun.misc.SignalHandler");
            Object handler = Proxy.newProxyInstance(
                    handlerType.getClassLoader(), new Class<?>[] {handlerType}, new Handler(stop));
            Method handle = signal.getMethod("handle", signal, handlerType);
            for (String name : SIGNALS) {
                handle.invoke(null, signal.getConstructor(String.class).newInstance(name), handler);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The {@code SignalHandler}: its one method asks to stop, naming the signal ({@code sun.misc.Signal}'s
     * {@code toString} is {@code SIGTERM}, {@code SIGINT}); the methods of {@code Object} behave as usual.
     */
    private record Handler(StopRequest stop) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) {
            return switch (method.getName()) {
                case "handle" -> {
                    stop.requestBySignal(String.valueOf(args[0]));
                    yield null;
                }
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "StopSignals.Handler";
            };
        }
    }
}
