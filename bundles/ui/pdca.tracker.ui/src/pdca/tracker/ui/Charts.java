package pdca.tracker.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

import pdca.model.ActionStatus;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.Figures;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.StatusPalette;

/**
 * Colours, symbols and small drawing helpers shared by the dashboard and the presentation mode.
 *
 * <p>The palette is Okabe and Ito's, which stays distinguishable with the common kinds of colour blindness;
 * every coloured mark also carries a symbol and, where there is room, the status name, so that colour is never
 * the only cue.
 */
public final class Charts {

	private Charts() {
	}

	/** The colour of a status ({@link StatusPalette}). */
	public static RGB rgb(ActionStatus s) {
		return rgb(StatusPalette.rgb(s));
	}

	/** The symbol drawn with a status's colour. */
	public static String symbol(ActionStatus s) {
		return StatusPalette.symbol(s);
	}

	/** The colour of a KPI level. */
	public static RGB rgb(KpiAchievement.Level level) {
		return rgb(StatusPalette.rgb(level));
	}

	public static String symbol(KpiAchievement.Level level) {
		return StatusPalette.symbol(level);
	}

	private static RGB rgb(int rgb) {
		return new RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
	}

	/** Black or white, whichever reads better on {@code background}. */
	public static RGB textOn(RGB background) {
		double luminance = 0.2126 * background.red + 0.7152 * background.green + 0.0722 * background.blue;
		return luminance > 140 ? new RGB(0, 0, 0) : new RGB(255, 255, 255);
	}

	/**
	 * Fills {@code r} in the status's colour with its symbol and, if it fits, its name; cancelled cells are
	 * hatched.
	 */
	public static void statusCell(GC gc, Rectangle r, ActionStatus status, boolean withName) {
		Display d = gc.getDevice() instanceof Display display ? display : Display.getCurrent();
		RGB bg = rgb(status);
		Color fill = new Color(d, bg);
		Color fg = new Color(d, textOn(bg));
		Color old = gc.getBackground();
		Color oldFg = gc.getForeground();
		gc.setBackground(fill);
		gc.fillRectangle(r);
		gc.setForeground(fg);
		if (status == ActionStatus.CANCELLED) {
			gc.setClipping(r);
			for (int x = r.x - r.height; x < r.x + r.width; x += 8) {
				gc.drawLine(x, r.y + r.height, x + r.height, r.y);
			}
			gc.setClipping((Rectangle) null);
		}
		String label = withName ? symbol(status) + " " + TrackerMessages.status(status) : symbol(status);
		if (gc.textExtent(label).x > r.width - 4) {
			label = symbol(status);
		}
		var extent = gc.textExtent(label);
		gc.drawText(label, r.x + (r.width - extent.x) / 2, r.y + (r.height - extent.y) / 2, true);
		gc.setBackground(old);
		gc.setForeground(oldFg);
	}

	/** {@code text} as it fits in {@code width}, shortened with "…". */
	public static String fit(GC gc, String text, int width) {
		String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
		if (gc.textExtent(t).x <= width) {
			return t;
		}
		int[] cps = t.codePoints().toArray();
		int lo = 0;
		int hi = cps.length;
		while (lo < hi) {
			int mid = (lo + hi + 1) / 2;
			if (gc.textExtent(new String(cps, 0, mid) + "…").x <= width) {
				lo = mid;
			} else {
				hi = mid - 1;
			}
		}
		return new String(cps, 0, lo) + "…";
	}

	/**
	 * {@code text} broken into lines of at most {@code width} pixels (Chinese text breaks between any two
	 * characters, other text at spaces where it can), at most {@code maxLines} lines, the last shortened with "…".
	 */
	public static List<String> wrap(GC gc, String text, int width, int maxLines) {
		String t = text == null ? "" : text.replaceAll("\\s+", " ").strip();
		List<String> lines = new ArrayList<>();
		int[] cps = t.codePoints().toArray();
		int start = 0;
		while (start < cps.length && lines.size() < maxLines) {
			int end = start;
			int lastSpace = -1;
			while (end < cps.length && gc.textExtent(new String(cps, start, end - start + 1)).x <= width) {
				if (cps[end] == ' ') {
					lastSpace = end;
				}
				end++;
			}
			if (end == start) {
				end = start + 1; // a single character wider than the width
			} else if (end < cps.length && lastSpace > start && cps[end] < 0x2E80 && cps[end] != ' ') {
				end = lastSpace + 1; // do not split a Latin word
			}
			if (lines.size() == maxLines - 1 && end < cps.length) {
				lines.add(fit(gc, new String(cps, start, cps.length - start), width));
				return lines;
			}
			lines.add(new String(cps, start, end - start).strip());
			start = end;
			while (start < cps.length && cps[start] == ' ') {
				start++;
			}
		}
		if (lines.isEmpty()) {
			lines.add("");
		}
		return lines;
	}

	/** A value as the tracker writes it ({@link Figures#number(Double)}). */
	public static String number(Double d) {
		return Figures.number(d);
	}

	/** Draws a horizontal achievement bar: the ratio as a bar in the level's colour, the target as a line. */
	public static void kpiBar(GC gc, Rectangle r, KpiAchievement a) {
		Display d = Display.getCurrent();
		Color frame = gc.getForeground();
		double max = 1.25;
		double ratio = a.ratio() == null ? 0 : Math.max(0, Math.min(max, a.ratio()));
		int w = (int) Math.round(r.width * ratio / max);
		Color fill = new Color(d, rgb(a.level()));
		Color old = gc.getBackground();
		gc.setBackground(fill);
		gc.fillRectangle(r.x, r.y, w, r.height);
		gc.setBackground(old);
		gc.drawRectangle(r.x, r.y, r.width, r.height);
		int target = r.x + (int) Math.round(r.width / max);
		int lw = gc.getLineWidth();
		gc.setLineWidth(3);
		gc.setForeground(frame);
		gc.drawLine(target, r.y - 3, target, r.y + r.height + 3);
		gc.setLineWidth(lw);
	}

	/** "第一課・電話禮貌測試": the unit and the form of an evaluation series. */
	public static String seriesName(pdca.model.logic.EvaluationHistory.Series s) {
		String form = s.form() == null || s.form().getText() == null ? "" : s.form().getText();
		return s.unit() == null ? form : MessageBundle.bind(TrackerMessages.evaluation_line, s.unit().getName(), form);
	}

	/** "86.5 甲等 ▼-3.5": the score, grade and change of an evaluation. */
	public static String scoreLine(pdca.model.logic.EvaluationHistory.Point p) {
		String score = p.grade() == null ? Figures.number(p.score())
				: MessageBundle.bind(TrackerMessages.tracker_scoreWithGrade, Figures.number(p.score()), p.grade().getName());
		if (p.change() == null) {
			return score;
		}
		return MessageBundle.bind(p.change() < 0 ? TrackerMessages.tracker_scoreFell : TrackerMessages.tracker_scoreRose, score,
				Figures.change(p.change()));
	}
}
