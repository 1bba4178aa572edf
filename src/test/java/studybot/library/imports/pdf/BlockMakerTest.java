package studybot.library.imports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import studybot.library.Block;

class BlockMakerTest {

    @Test
    void japaneseLinesJoinWithoutASpaceWhereTheLineBreakFellInsideAWord() {
        List<PageLine> lines = List.of(
                line(100, "Debian システムはコントロールファイル中のバイナリー依存関係宣言を通して整合性のあるバイナリー"),
                line(112, "パッケージの集合を提供します。このフィールドのパッケージは依存関係を宣"),
                line(124, "言します。Conflicts と Replaces を同時に"),
                line(136, "宣言することもあります。"));

        List<Block> blocks = new BlockMaker(HyphenJoiner.learn(lines), 1.2f).blocks(lines);

        assertThat(blocks)
                .extracting(Block::text)
                .containsExactly("Debian システムはコントロールファイル中のバイナリー依存関係宣言を通して整合性のあるバイナリーパッケージの集合を提供します。"
                        + "このフィールドのパッケージは依存関係を宣言します。Conflicts と Replaces を同時に宣言することもあります。");
    }

    private static PageLine line(float baseline, String text) {
        return new PageLine(0, baseline, 72, 523, 10, 10, false, false, false, "", text);
    }
}
