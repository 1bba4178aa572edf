/**
 * Pictures of numbers: a feature describes a chart as panels of labelled series ({@link studybot.chart.ChartPanel}),
 * and {@link studybot.chart.ChartRenderer} draws them into one small PNG with XChart, headless. Kept apart from the
 * features so no feature knows the chart library, and a machine without fonts is found out in one place.
 *
 * <p>May use: no other studybot package.
 */
package studybot.chart;
