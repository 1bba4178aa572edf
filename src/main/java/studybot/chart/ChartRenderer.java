package studybot.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws panels into one PNG with XChart, on an image in memory (no display needed: run with
 * {@code java.awt.headless=true}). Colours, fonts and sizes are fixed here so every chart studybot sends looks alike
 * and stays small; a picture that would exceed {@link #MAX_BYTES}, or a machine that cannot draw text, gives no
 * picture, and the feature answers with its text alone.
 */
public final class ChartRenderer {

    /** The largest picture sent: a chart is a glance, and a phone on a slow connection loads it with the message. */
    public static final int MAX_BYTES = 200 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(ChartRenderer.class);
    private static final int WIDTH = 800;
    private static final int PANEL_HEIGHT = 300;
    private static final Color BAND = new Color(0x58, 0x65, 0xF2, 0x40);
    private static final Color[] LINES = {
        new Color(0x1F77B4),
        new Color(0xFF7F0E),
        new Color(0x2CA02C),
        new Color(0xD62728),
        new Color(0x9467BD),
        new Color(0x8C564B),
        new Color(0xE377C2),
        new Color(0x17BECF),
        new Color(0xBCBD22),
        new Color(0x7F7F7F)
    };
    private static final Color PLAN = new Color(0x444444);
    private static final Color MEDIAN = new Color(0x3C45A5);
    private static final Color BARS = new Color(0x5865F2);
    private static final BasicStroke PLAIN = new BasicStroke(2f);
    private static final BasicStroke BOLD = new BasicStroke(4f);
    private static final BasicStroke DASHED =
            new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {8f, 6f}, 0f);

    private final FontCheck fonts;

    public ChartRenderer(FontCheck fonts) {
        this.fonts = fonts;
    }

    /**
     * Draws a small chart on a daemon thread and throws it away, so that loading the chart library and the fonts (a
     * second or more) is done before the first member asks, within Discord's three seconds.
     */
    public void warmUpInBackground() {
        Thread warmUp = new Thread(
                () -> png(List.of(new ChartPanel.Bars(
                        "warm-up", "", List.of("a", "b"), new Series("warm-up", List.of(1.0, 2.0))))),
                "chart-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /**
     * The panels as one PNG, stacked top to bottom; empty when this machine cannot draw text, or the picture would be
     * larger than {@link #MAX_BYTES}.
     */
    public Optional<byte[]> png(List<ChartPanel> panels) {
        if (panels.isEmpty() || !fonts.canDrawText()) {
            return Optional.empty();
        }
        BufferedImage image = new BufferedImage(WIDTH, PANEL_HEIGHT * panels.size(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (int i = 0; i < panels.size(); i++) {
                Graphics2D panel = (Graphics2D) graphics.create(0, i * PANEL_HEIGHT, WIDTH, PANEL_HEIGHT);
                try {
                    chart(panels.get(i)).paint(panel, WIDTH, PANEL_HEIGHT);
                } finally {
                    panel.dispose();
                }
            }
        } finally {
            graphics.dispose();
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new IllegalStateException("writing a PNG into memory failed", e);
        }
        if (png.size() > MAX_BYTES) {
            LOG.warn("A chart of {} bytes is over the {} byte limit; sent as text only", png.size(), MAX_BYTES);
            return Optional.empty();
        }
        return Optional.of(png.toByteArray());
    }

    private static Chart<?, ?> chart(ChartPanel panel) {
        if (panel instanceof ChartPanel.Lines lines) {
            return lines(lines);
        }
        return bars((ChartPanel.Bars) panel);
    }

    private static XYChart lines(ChartPanel.Lines panel) {
        XYChart chart = new XYChart(WIDTH, PANEL_HEIGHT);
        chart.setTitle(panel.title());
        chart.setYAxisTitle(panel.yTitle());
        style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendVisible(panel.lines().size() + (panel.band().isPresent() ? 1 : 0) > 1);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        chart.getStyler().setXAxisMin(0.0).setXAxisMax(panel.xLabels().size() - 1.0);
        chart.getStyler().setYAxisMin(0.0);
        panel.yMax().ifPresent(chart.getStyler()::setYAxisMax);
        chart.getStyler().setYAxisDecimalPattern("#0");
        List<String> labels = panel.xLabels();
        chart.setCustomXAxisTickLabelsFormatter(x -> {
            int index = (int) Math.round(x);
            return Math.abs(x - index) < 1e-9 && index >= 0 && index < labels.size() ? labels.get(index) : "";
        });
        List<Double> xs =
                IntStream.range(0, labels.size()).mapToObj(i -> (double) i).toList();
        panel.band().ifPresent(band -> {
            List<Double> outlineX = new ArrayList<>(xs);
            List<Double> outlineY = new ArrayList<>(band.high());
            for (int i = xs.size() - 1; i >= 0; i--) {
                outlineX.add(xs.get(i));
                outlineY.add(band.low().get(i));
            }
            XYSeries shade = chart.addSeries(band.name(), outlineX, outlineY);
            shade.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
            shade.setFillColor(BAND);
            shade.setLineColor(BAND);
            shade.setMarker(SeriesMarkers.NONE);
        });
        int colour = 0;
        for (Series line : panel.lines()) {
            XYSeries series = chart.addSeries(line.name(), xs, line.values());
            series.setMarker(SeriesMarkers.CIRCLE);
            switch (line.look()) {
                case DASHED -> {
                    series.setLineStyle(DASHED);
                    series.setLineColor(PLAN);
                    series.setMarker(SeriesMarkers.NONE);
                }
                case BOLD -> {
                    series.setLineStyle(BOLD);
                    series.setLineColor(MEDIAN);
                    series.setMarkerColor(MEDIAN);
                }
                case PLAIN -> {
                    Color next = LINES[colour++ % LINES.length];
                    series.setLineStyle(PLAIN);
                    series.setLineColor(next);
                    series.setMarkerColor(next);
                }
            }
        }
        return chart;
    }

    private static CategoryChart bars(ChartPanel.Bars panel) {
        CategoryChart chart = new CategoryChart(WIDTH, PANEL_HEIGHT);
        chart.setTitle(panel.title());
        chart.setYAxisTitle(panel.yTitle());
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisDecimalPattern("#0");
        chart.getStyler().setAvailableSpaceFill(0.7);
        CategorySeries series = chart.addSeries(
                panel.bars().name(), panel.xLabels(), panel.bars().values());
        series.setFillColor(BARS);
        return chart;
    }

    private static void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridLinesColor(new Color(0xE3E5E8));
        styler.setChartTitleBoxVisible(false);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setBaseFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        styler.setAntiAlias(true);
        styler.setToolTipsEnabled(false);
    }
}
