package pdca.model.logic;

import pdca.model.ActionStatus;

/**
 * The one colour and symbol of each status and KPI level, for every surface that draws them (editor grids,
 * dashboard, presentation, packet). The hues are Okabe and Ito's palette, which stays distinguishable with the
 * common kinds of colour blindness; every coloured mark also carries a symbol or the status's word, so colour is
 * never the only cue. Colours are {@code 0xRRGGBB}.
 */
public final class StatusPalette {

	private StatusPalette() {
	}

	/** The colour of a status, for charts and slides. */
	public static int rgb(ActionStatus status) {
		return switch (status) {
			case NOT_STARTED -> 0xC8C8C8;
			case ON_TRACK -> 0x009E73;
			case AT_RISK -> 0xE69F00;
			case DELAYED -> 0xD55E00;
			case DONE -> 0x0072B2;
			case ONGOING -> 0x56B4E9;
			case CANCELLED -> 0xEEEEEE;
		};
	}

	/**
	 * The light tint of a status's colour, for the background of a table cell holding black text: the same hue
	 * as {@link #rgb(ActionStatus)}, mixed with white.
	 */
	public static int tint(ActionStatus status) {
		return mixWithWhite(rgb(status), 0.72);
	}

	/** The symbol drawn with a status's colour. */
	public static String symbol(ActionStatus status) {
		return switch (status) {
			case NOT_STARTED -> "○";
			case ON_TRACK -> "▶";
			case AT_RISK -> "!";
			case DELAYED -> "✗";
			case DONE -> "✓";
			case ONGOING -> "●";
			case CANCELLED -> "—";
		};
	}

	/** The status whose colour a KPI level is drawn in. */
	public static ActionStatus colourOf(KpiAchievement.Level level) {
		return switch (level) {
			case MET -> ActionStatus.DONE;
			case NEAR -> ActionStatus.AT_RISK;
			case MISSED -> ActionStatus.DELAYED;
			default -> ActionStatus.NOT_STARTED;
		};
	}

	/** The colour of a KPI level. */
	public static int rgb(KpiAchievement.Level level) {
		return rgb(colourOf(level));
	}

	/** The symbol of a KPI level. */
	public static String symbol(KpiAchievement.Level level) {
		return switch (level) {
			case MET -> "✓";
			case NEAR -> "!";
			case MISSED -> "✗";
			default -> "?";
		};
	}

	/** The status whose colour an open improvement action is drawn in: delayed when overdue, else on track. */
	public static ActionStatus colourOf(ReviewAgenda.OpenImprovement improvement) {
		return improvement.late() ? ActionStatus.DELAYED : ActionStatus.ON_TRACK;
	}

	private static int mixWithWhite(int rgb, double white) {
		int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
		r = (int) Math.round(r + (255 - r) * white);
		g = (int) Math.round(g + (255 - g) * white);
		b = (int) Math.round(b + (255 - b) * white);
		return (r << 16) | (g << 8) | b;
	}
}
