package com.fluxpay.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * Writes the run as one self-contained SVG (no plotting tool needed, opens in any browser):
 * latency over time (p50 dashed, p95 solid, per second of scheduled start, log scale, warm-up shaded),
 * checkouts started, failed and completed per second, and the percentile spectrum of the measured window.
 */
final class SvgPlot {

    private static final int WIDTH = 900;
    private static final int PANEL_HEIGHT = 260;
    private static final int LEFT = 70;
    private static final int RIGHT = 160;
    private static final int TOP = 40;
    private static final String[] COLOURS = {"#1f77b4", "#ff7f0e", "#2ca02c"};
    private static final String[] SERIES = {"order accept", "payment accept", "end to end"};

    private final StringBuilder svg = new StringBuilder();

    static String render(String title, Results results) {
        return new SvgPlot().draw(title, results);
    }

    private String draw(String title, Results r) {
        int height = TOP + 3 * (PANEL_HEIGHT + 60);
        svg.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif' font-size='11'>%n<rect width='100%%' height='100%%' fill='white'/>%n", WIDTH, height));
        text(LEFT, 22, escape(title), "font-size='14' font-weight='bold'");
        latencyOverTime(r, TOP + 20);
        throughputOverTime(r, TOP + 20 + PANEL_HEIGHT + 60);
        percentileSpectrum(r, TOP + 20 + 2 * (PANEL_HEIGHT + 60));
        svg.append("</svg>\n");
        return svg.toString();
    }

    private void latencyOverTime(Results r, int top) {
        List<Results.Second> seconds = r.seconds;
        double maxMs = 1;
        for (var s : seconds) {
            for (Histogram h : List.of(s.orderAccept(), s.paymentAccept(), s.endToEnd())) {
                if (h.getTotalCount() > 0) {
                    maxMs = Math.max(maxMs, Results.ms(h.getValueAtPercentile(95)));
                }
            }
        }
        Axes axes = new Axes(top, 0, Math.max(1, seconds.size()), 1, maxMs * 1.5, true);
        frame(axes, "latency per second of start (ms, log): p95 solid, p50 dashed", "seconds since start");
        warmupShade(axes, seconds);
        List<Function<Results.Second, Histogram>> pick = List.of(Results.Second::orderAccept,
                Results.Second::paymentAccept, Results.Second::endToEnd);
        for (int k = 0; k < 3; k++) {
            for (double pct : new double[] {50, 95}) {
                List<double[]> points = new ArrayList<>();
                for (var s : seconds) {
                    Histogram h = pick.get(k).apply(s);
                    if (h.getTotalCount() > 0) {
                        points.add(new double[] {s.at() + 0.5, Math.max(1, Results.ms(h.getValueAtPercentile(pct)))});
                    }
                }
                line(axes, points, COLOURS[k], pct == 50 ? "stroke-dasharray='4 3'" : "");
            }
            legend(axes, k, COLOURS[k], SERIES[k]);
        }
    }

    private void throughputOverTime(Results r, int top) {
        double max = 1;
        for (var s : r.seconds) {
            max = Math.max(max, Math.max(s.started(), s.completed()));
        }
        Axes axes = new Axes(top, 0, Math.max(1, r.seconds.size()), 0, max * 1.15, false);
        frame(axes, "checkouts per second: started and failed (red) by second of start, completed (green) by second of finish", "seconds since start");
        warmupShade(axes, r.seconds);
        line(axes, r.seconds.stream().map(s -> new double[] {s.at() + 0.5, s.started()}).toList(), COLOURS[0], "");
        line(axes, r.seconds.stream().map(s -> new double[] {s.at() + 0.5, s.completed()}).toList(), COLOURS[2], "");
        line(axes, r.seconds.stream().map(s -> new double[] {s.at() + 0.5, s.failed()}).toList(), "#d62728", "");
    }

    /** x is log10(1 / (1 - p)): 0 at p0, 1 at p90, 2 at p99, 3 at p99.9, the usual HdrHistogram view. */
    private void percentileSpectrum(Results r, int top) {
        Histogram[] hs = {r.orderAccept, r.paymentAccept, r.endToEnd};
        double maxMs = 1;
        for (Histogram h : hs) {
            if (h.getTotalCount() > 0) {
                maxMs = Math.max(maxMs, Results.ms(h.getMaxValue()));
            }
        }
        Axes axes = new Axes(top, 0, 3, 1, maxMs * 1.5, true);
        frame(axes, "percentile spectrum of the measured window (ms, log)", null);
        for (double[] tick : new double[][] {{0, 0}, {Math.log10(2), 50}, {1, 90}, {2, 99}, {3, 99.9}}) {
            double x = axes.x(tick[0]);
            text(x, axes.bottom() + 14, (tick[1] == 0 ? "p0" : "p" + fmt(tick[1])), "text-anchor='middle'");
            svg.append(String.format(Locale.ROOT, "<line x1='%.1f' y1='%d' x2='%.1f' y2='%d' stroke='#eee'/>%n",
                    x, axes.top(), x, axes.bottom()));
        }
        for (int k = 0; k < 3; k++) {
            List<double[]> points = new ArrayList<>();
            if (hs[k].getTotalCount() > 0) {
                for (double p = 0; p <= 3.0001; p += 0.05) {
                    double percentile = 100 * (1 - Math.pow(10, -p));
                    points.add(new double[] {p, Math.max(1, Results.ms(hs[k].getValueAtPercentile(percentile)))});
                }
            }
            line(axes, points, COLOURS[k], "");
            legend(axes, k, COLOURS[k], SERIES[k]);
        }
    }

    /** A panel's coordinate system. */
    private record Axes(int top, double x0, double x1, double y0, double y1, boolean logY) {
        int bottom() {
            return top + PANEL_HEIGHT;
        }

        double x(double v) {
            return LEFT + (v - x0) / (x1 - x0) * (WIDTH - LEFT - RIGHT);
        }

        double y(double v) {
            double f = logY ? (Math.log10(v) - Math.log10(y0)) / (Math.log10(y1) - Math.log10(y0)) : (v - y0) / (y1 - y0);
            return bottom() - Math.max(0, Math.min(1, f)) * PANEL_HEIGHT;
        }
    }

    private void frame(Axes a, String title, String xLabel) {
        svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#999'/>%n",
                LEFT, a.top(), WIDTH - LEFT - RIGHT, PANEL_HEIGHT));
        text(LEFT, a.top() - 8, escape(title), "font-weight='bold'");
        List<Double> ticks = new ArrayList<>();
        if (a.logY()) {
            for (double v = 1; v <= a.y1(); v *= 10) {
                ticks.add(v);
                if (v * 3 <= a.y1()) {
                    ticks.add(v * 3);
                }
            }
        } else {
            double step = niceStep(a.y1() / 5);
            for (double v = 0; v <= a.y1(); v += step) {
                ticks.add(v);
            }
        }
        for (double v : ticks) {
            double y = a.y(v);
            svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='#eee'/>%n",
                    LEFT, y, WIDTH - RIGHT, y));
            text(LEFT - 6, y + 4, fmt(v), "text-anchor='end'");
        }
        if (xLabel != null) {
            double step = niceStep((a.x1() - a.x0()) / 10);
            for (double v = 0; v <= a.x1(); v += step) {
                text(a.x(v), a.bottom() + 14, fmt(v), "text-anchor='middle'");
            }
            text(LEFT + (WIDTH - LEFT - RIGHT) / 2.0, a.bottom() + 30, xLabel, "text-anchor='middle'");
        }
    }

    private void warmupShade(Axes a, List<Results.Second> seconds) {
        long warm = seconds.stream().filter(Results.Second::warmup).count();
        if (warm > 0) {
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='%d' fill='#f2f2f2'/>%n",
                    LEFT + 1, a.top() + 1, a.x(warm) - LEFT - 1, PANEL_HEIGHT - 2));
            text(LEFT + 6, a.top() + 14, "warm-up", "fill='#888'");
        }
    }

    private void line(Axes a, List<double[]> points, String colour, String extra) {
        if (points.isEmpty()) {
            return;
        }
        StringBuilder d = new StringBuilder();
        for (double[] p : points) {
            d.append(String.format(Locale.ROOT, "%.1f,%.1f ", a.x(p[0]), a.y(p[1])));
        }
        svg.append(String.format(Locale.ROOT, "<polyline fill='none' stroke='%s' stroke-width='1.5' %s points='%s'/>%n",
                colour, extra, d.toString().trim()));
    }

    private void legend(Axes a, int k, String colour, String label) {
        double y = a.top() + 16 + k * 16;
        svg.append(String.format(Locale.ROOT, "<line x1='%d' y1='%.1f' x2='%d' y2='%.1f' stroke='%s' stroke-width='2'/>%n",
                WIDTH - RIGHT + 10, y - 4, WIDTH - RIGHT + 30, y - 4, colour));
        text(WIDTH - RIGHT + 35, y, label, "");
    }

    private void text(double x, double y, String content, String attributes) {
        svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%.1f' %s>%s</text>%n", x, y, attributes, content));
    }

    private static double niceStep(double raw) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-9))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (raw <= m * magnitude) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
