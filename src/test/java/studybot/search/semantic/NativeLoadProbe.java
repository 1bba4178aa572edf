package studybot.search.semantic;

import java.nio.file.Path;

/**
 * A process of its own that loads ONNX Runtime from a folder, so a test survives a load that kills the JVM. With
 * {@code die} as its second argument, the process ends abruptly inside the load, as a crash in native code would.
 */
final class NativeLoadProbe {

    private NativeLoadProbe() {}

    public static void main(String[] args) {
        try {
            if (args.length > 1 && args[1].equals("die")) {
                OnnxNatives.load(
                        Path.of(args[0]),
                        System.getProperty("os.name"),
                        System.getProperty("os.arch"),
                        folder -> Runtime.getRuntime().halt(134));
            }
            OnnxNatives.load(Path.of(args[0]));
            SentenceEncoder.load(EncoderModel.MINILM_L6_V2_Q, 1).embedQuery("a damaged library must not crash");
            System.out.print("loaded");
        } catch (SemanticUnavailableException e) {
            System.out.print("unavailable: " + e.getMessage());
        }
    }
}
