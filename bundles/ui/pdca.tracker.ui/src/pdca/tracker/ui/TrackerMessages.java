package pdca.tracker.ui;

import org.eclipse.osgi.util.NLS;

import pdca.model.ActionStatus;
import pdca.model.ImprovementStatus;
import pdca.model.logic.KpiAchievement;
import pdca.model.logic.Terms;

/** Texts of the dashboard and the presentation mode (messages.properties, messages_zh_TW.properties). */
public final class TrackerMessages extends NLS {

	public static String portfolioTitle;
	public static String portfolioYear;
	public static String portfolioYearColumn;
	public static String portfolioFilter;
	public static String portfolioAgency;
	public static String portfolioStatus;
	public static String portfolioUnreadable;
	public static String portfolioProgress;
	public static String portfolioOverdue;
	public static String portfolioReporting;
	public static String portfolioNotReported;
	public static String portfolioKpis;
	public static String portfolioImprovements;
	public static String portfolioLate;
	public static String portfolioGrade;
	public static String portfolioFile;
	public static String portfolioAllYears;
	public static String portfolioRocYear;
	public static String portfolioSummary;
	public static String portfolioLoading;
	public static String portfolioLoadingCount;
	public static String portfolioDetails;
	public static String portfolioDetailsNone;
	public static String portfolioDetailsNothing;
	public static String portfolioLastYear;
	public static String portfolioLastYearCell;
	public static String portfolioLastYearTip;
	public static String slideCountyTitle;
	public static String slideCountyHeatMap;
	public static String slideCountyAttention;
	public static String slideUnitsNotReported;
	public static String slideKpisOffTarget;
	public static String slideLateImprovements;
	public static String portfolioPresent;
	public static String portfolioPresentTip;
	public static String detailKind;
	public static String detailItem;
	public static String detailNote;
	public static String detailOverdue;
	public static String detailNotReported;
	public static String detailKpi;
	public static String detailImprovement;
	public static String detailGrade;
	public static String detailDeadline;
	public static String detailUnitItems;
	public static String detailKpiNote;
	public static String detailImprovementNote;
	public static String detailGradeNote;
	public static String noPlan;
	public static String quarterLabel;
	public static String summary;
	public static String countsTitle;
	public static String reportingTitle;
	public static String reportingAll;
	public static String reportingMissing;
	public static String heatMapTitle;
	public static String kpiTitle;
	public static String overdueTitle;
	public static String improvementsTitle;
	public static String evaluationTitle;
	public static String none;
	public static String deadline;
	public static String dueOn;
	public static String kpiValue;
	public static String notYet;
	public static String present;
	public static String slideOverview;
	public static String slideOverdue;
	public static String slideKpis;
	public static String slideImprovements;
	public static String slideEvaluation;
	public static String slideContinued;
	public static String slideNumber;
	public static String slideHelp;
	public static String planProgress;
	public static String scoreRose;
	public static String scoreFell;
	public static String scoreWithGrade;
	public static String statusCount;
	public static String headline;
	public static String evaluationTrend;
	public static String improvementSlideTitle;
	public static String improvementSlideDetailLate;
	public static String improvementSlideDetail;
	public static String kpiSlideDetailWithRatio;
	public static String kpiSlideDetail;
	public static String overdueDetail;
	public static String methodDetailOverdue;
	public static String methodDetail;
	public static String improvementLate;
	public static String improvementDetail;
	public static String kpiWithAchievement;
	public static String itemsOverdue;
	public static String strategyLine;
	public static String evaluationLine;
	public static String raisedAt;
	public static String ownerNone;
	public static String presentNoPlan;
	public static String formsExportTitle;
	public static String formsExportMessage;
	public static String formsQuarter;
	public static String formsUnits;
	public static String formsUnitColumn;
	public static String formsItemsColumn;
	public static String formsSelectAll;
	public static String formsSelectNone;
	public static String formsFolder;
	public static String formsBrowse;
	public static String formsZip;
	public static String formsFormat;
	public static String formsFormatOds;
	public static String formsFormatXlsx;
	public static String formsExportButton;
	public static String formsNoUnit;
	public static String formsNoFolder;
	public static String formsWrittenLine;
	public static String formsWritten;
	public static String formsImportTitle;
	public static String formsImportFiles;
	public static String formsReturnedFiles;
	public static String formsAddFiles;
	public static String formsRemoveFiles;
	public static String formsFileFilter;
	public static String formsPreviewTitle;
	public static String formsColFile;
	public static String formsColRow;
	public static String formsColItem;
	public static String formsColField;
	public static String formsColBefore;
	public static String formsColAfter;
	public static String formsNoChanges;
	public static String formsHeld;
	public static String formsPreviewSummary;
	public static String formsPreviewProblems;
	public static String formsPreviewDecide;
	public static String formsNothingToApply;
	public static String formsPreviewReady;
	public static String formsProblem;

	static {
		NLS.initializeMessages("pdca.tracker.ui.messages", TrackerMessages.class);
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
