package pdca.tracker.ui;


import pdca.model.ActionStatus;
import pdca.model.ImprovementStatus;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Terms;

/** Texts of the dashboard and the presentation mode (messages.properties, messages_zh_TW.properties). */
public final class TrackerMessages {

	public static String portfolio_title;
	public static String portfolio_year;
	public static String portfolio_yearColumn;
	public static String portfolio_filter;
	public static String portfolio_agency;
	public static String portfolio_status;
	public static String portfolio_unreadable;
	public static String portfolio_progress;
	public static String portfolio_overdue;
	public static String portfolio_reporting;
	public static String portfolio_notReported;
	public static String portfolio_kpis;
	public static String portfolio_improvements;
	public static String portfolio_late;
	public static String portfolio_grade;
	public static String portfolio_file;
	public static String portfolio_allYears;
	public static String portfolio_rocYear;
	public static String portfolio_summary;
	public static String portfolio_loading;
	public static String portfolio_loadingCount;
	public static String portfolio_details;
	public static String portfolio_detailsNone;
	public static String portfolio_detailsNothing;
	public static String portfolio_lastYear;
	public static String portfolio_lastYearCell;
	public static String portfolio_lastYearTip;
	public static String slide_countyTitle;
	public static String slide_countyHeatMap;
	public static String slide_countyAttention;
	public static String slide_unitsNotReported;
	public static String slide_kpisOffTarget;
	public static String slide_lateImprovements;
	public static String portfolio_present;
	public static String portfolio_presentTip;
	public static String detail_kind;
	public static String detail_item;
	public static String detail_note;
	public static String detail_overdue;
	public static String detail_notReported;
	public static String detail_kpi;
	public static String detail_improvement;
	public static String detail_grade;
	public static String detail_deadline;
	public static String detail_unitItems;
	public static String detail_kpiNote;
	public static String detail_improvementNote;
	public static String detail_gradeNote;
	public static String tracker_noPlan;
	public static String tracker_quarterLabel;
	public static String tracker_summary;
	public static String tracker_countsTitle;
	public static String reporting_title;
	public static String reporting_all;
	public static String reporting_missing;
	public static String tracker_heatMapTitle;
	public static String kpi_title;
	public static String tracker_overdueTitle;
	public static String tracker_improvementsTitle;
	public static String evaluation_title;
	public static String tracker_none;
	public static String tracker_deadline;
	public static String tracker_dueOn;
	public static String kpi_value;
	public static String tracker_notYet;
	public static String tracker_present;
	public static String slide_overview;
	public static String slide_overdue;
	public static String slide_kpis;
	public static String slide_improvements;
	public static String slide_evaluation;
	public static String slide_continued;
	public static String slide_number;
	public static String slide_help;
	public static String tracker_planProgress;
	public static String tracker_scoreRose;
	public static String tracker_scoreFell;
	public static String tracker_scoreWithGrade;
	public static String tracker_statusCount;
	public static String tracker_headline;
	public static String evaluation_trend;
	public static String improvementSlide_title;
	public static String improvementSlide_detailLate;
	public static String improvementSlide_detail;
	public static String tracker_kpiSlideDetailWithRatio;
	public static String tracker_kpiSlideDetail;
	public static String tracker_overdueDetail;
	public static String tracker_methodDetailOverdue;
	public static String tracker_methodDetail;
	public static String tracker_improvementLate;
	public static String tracker_improvementDetail;
	public static String kpi_withAchievement;
	public static String tracker_itemsOverdue;
	public static String tracker_strategyLine;
	public static String evaluation_line;
	public static String tracker_raisedAt;
	public static String tracker_ownerNone;
	public static String tracker_presentNoPlan;
	public static String forms_exportTitle;
	public static String forms_exportMessage;
	public static String forms_quarter;
	public static String forms_units;
	public static String forms_unitColumn;
	public static String forms_itemsColumn;
	public static String forms_selectAll;
	public static String forms_selectNone;
	public static String forms_folder;
	public static String forms_browse;
	public static String forms_zip;
	public static String forms_format;
	public static String forms_formatOds;
	public static String forms_formatXlsx;
	public static String forms_exportButton;
	public static String forms_noUnit;
	public static String forms_noFolder;
	public static String forms_writtenLine;
	public static String forms_written;
	public static String forms_importTitle;
	public static String forms_importFiles;
	public static String forms_returnedFiles;
	public static String forms_addFiles;
	public static String forms_removeFiles;
	public static String forms_fileFilter;
	public static String forms_previewTitle;
	public static String forms_colFile;
	public static String forms_colRow;
	public static String forms_colItem;
	public static String forms_colField;
	public static String forms_colBefore;
	public static String forms_colAfter;
	public static String forms_noChanges;
	public static String forms_held;
	public static String forms_previewSummary;
	public static String forms_previewProblems;
	public static String forms_previewDecide;
	public static String forms_nothingToApply;
	public static String forms_previewReady;
	public static String forms_problem;

	static {
		MessageBundle.fill("pdca.tracker.ui.messages", TrackerMessages.class);
	}

	private TrackerMessages() {
	}

	/** The word of a status: the tracker's one wording ({@link Terms}). */
	public static String status(ActionStatus s) {
		return Terms.status(s);
	}

	public static String level(KpiAchievement.Level l) {
		return Terms.level(l);
	}

	public static String improvement(ImprovementStatus s) {
		return Terms.improvement(s);
	}
}
