package pdca.team.ui;

import org.eclipse.osgi.util.NLS;

/** The words of the sync command, its results and the status-bar indicator (messages.properties, zh_TW beside it). */
public final class TeamUiMessages extends NLS {
	private static final String BUNDLE_NAME = "pdca.team.ui.messages";

	public static String syncTitle;
	public static String syncJob;
	public static String syncCommitMessage;
	public static String notShared;
	public static String nothingSelected;
	public static String upToDate;
	public static String noRemote;
	public static String synced;
	public static String syncedCommitted;
	public static String syncedReceived;
	public static String syncedPushed;
	public static String merged;
	public static String conflictsTitle;
	public static String conflicts;
	public static String conflictLine;
	public static String otherConflict;
	public static String failed;
	public static String decideTitle;
	public static String decidePlan;
	public static String decideWhere;
	public static String decideWhat;
	public static String decideBase;
	public static String decideMine;
	public static String decideTheirs;
	public static String decideChoice;
	public static String decideUndecided;
	public static String decideTookMine;
	public static String decideTookTheirs;
	public static String decideWholeFile;
	public static String decideMineFile;
	public static String decideTheirsFile;
	public static String decideDeleted;
	public static String decideSamePlace;
	public static String decideSelectedMine;
	public static String decideSelectedTheirs;
	public static String decideAllMine;
	public static String decideAllTheirs;
	public static String decideApply;
	public static String decideLater;
	public static String decideOpen;
	public static String decideReady;
	public static String decideReadyOnlyMine;
	public static String statusNone;
	public static String status;
	public static String statusConflicts;
	public static String statusTooltip;
	public static String historyNoPlan;
	public static String historyLoading;
	public static String historyHeading;
	public static String historyNone;
	public static String historyFailed;
	public static String historyWhen;
	public static String historyWho;
	public static String historyElement;
	public static String historyWhat;
	public static String historyAdded;
	public static String historyRemoved;
	public static String historyMoved;
	public static String historyChanged;
	public static String historyRevert;
	public static String historyRevertTooltip;
	public static String historyRefresh;
	public static String historyRefreshTooltip;
	public static String baselineTag;
	public static String baselineMeeting;
	public static String baselineNoMeeting;
	public static String baselineMeetingTooltip;
	public static String baselineLinkedInEditor;
	public static String baselineLinkedInFile;
	public static String baselineTagTooltip;
	public static String baselineTagTitle;
	public static String baselineTagMessage;
	public static String baselineUnrecorded;
	public static String baselineName;
	public static String baselineNameHint;
	public static String baselineNote;
	public static String baselineNoteHint;
	public static String baselineTagButton;
	public static String baselineDefaultName;
	public static String baselineTagged;
	public static String baselineCompare;
	public static String baselineCompareTooltip;
	public static String baselineChoose;
	public static String baselineNone;
	public static String baselineNoChange;
	public static String baselineCompared;
	public static String historyRevertFailed;
	public static String historyRevertedInEditor;
	public static String historyRevertedInFile;

	public static String authorDescription;
	public static String authorName;
	public static String authorNameHint;
	public static String authorUnit;
	public static String authorUnitHint;
	public static String authorEmail;
	public static String authorPreview;
	public static String authorFromGit;
	public static String authorSaveFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, TeamUiMessages.class);
	}

	private TeamUiMessages() {
	}
}
