package pdca.model.logic;

import java.util.Locale;

import pdca.model.ActionStatus;
import pdca.model.ImprovementStatus;
import pdca.model.KpiDirection;
import pdca.model.i18n.Messages;

/**
 * The one wording of the tracker's terms: statuses, improvement-action states, KPI levels and quarters. Every
 * screen, the command line and the packet take their words from here, in Traditional Chinese for a zh_TW locale
 * and in English otherwise; the methods without a locale use the default one.
 */
public final class Terms {

	private Terms() {
	}

	/** The word of a work item's status, e.g. 落後 / "delayed". */
	public static String status(ActionStatus status) {
		return status(Locale.getDefault(), status);
	}

	public static String status(Locale locale, ActionStatus status) {
		return Messages.get(locale, "term.status." + status.getName());
	}

	/** The word of an improvement action's state, e.g. 待辦 / "open"; "—" for none. */
	public static String improvement(ImprovementStatus status) {
		return improvement(Locale.getDefault(), status);
	}

	public static String improvement(Locale locale, ImprovementStatus status) {
		return status == null ? Figures.NONE : Messages.get(locale, "term.improvement." + status.getName());
	}

	/** The word of a KPI's achievement level, e.g. 未達成 / "missed". */
	public static String level(KpiAchievement.Level level) {
		return level(Locale.getDefault(), level);
	}

	public static String level(Locale locale, KpiAchievement.Level level) {
		return Messages.get(locale, "term.level." + level.name());
	}

	/** The words of a KPI's direction, e.g. 越高越好 / "higher is better". */
	public static String direction(KpiDirection direction) {
		return direction(Locale.getDefault(), direction);
	}

	public static String direction(Locale locale, KpiDirection direction) {
		return Messages.get(locale, "term.direction." + direction.getName());
	}

	/** The mark of late work and late improvement actions: 逾期 / "overdue". */
	public static String overdue() {
		return overdue(Locale.getDefault());
	}

	public static String overdue(Locale locale) {
		return Messages.get(locale, "term.overdue");
	}

	/** A quarter in full: 106年第2季 / "ROC 106 Q2". */
	public static String quarter(Quarter quarter) {
		return quarter(Locale.getDefault(), quarter);
	}

	public static String quarter(Locale locale, Quarter quarter) {
		return Messages.format(locale, "term.quarter", String.valueOf(quarter.rocYear()), String.valueOf(quarter.quarter()));
	}

	/** A quarter of the year shown: 第2季 / "Q2". */
	public static String quarterShort(int quarter) {
		return quarterShort(Locale.getDefault(), quarter);
	}

	public static String quarterShort(Locale locale, int quarter) {
		return Messages.format(locale, "term.quarterShort", String.valueOf(quarter));
	}

	/**
	 * A date as users read it: 106年6月30日 in Traditional Chinese, {@code 106/6/30} (the plans' own numeric ROC form,
	 * which date fields also accept) otherwise; "" for none.
	 */
	public static String date(java.time.LocalDate date) {
		return date(Locale.getDefault(), date);
	}

	public static String date(Locale locale, java.time.LocalDate date) {
		if (date == null) {
			return "";
		}
		if (Locale.TAIWAN.getLanguage().equals(locale.getLanguage())) {
			return pdca.model.schedule.RocDate.format(date);
		}
		return pdca.model.schedule.RocDate.toRoc(date.getYear()) + "/" + date.getMonthValue() + "/" + date.getDayOfMonth();
	}
}
