package pdca.team.ui;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * 標記核定版: the name of a baseline (核定版, 第3季檢討) and a note (the approval's 文號, the meeting), with a warning
 * when the workspace has edits not yet recorded, which a baseline made now does not hold.
 */
final class BaselineDialog extends TitleAreaDialog {

	private final String suggested;
	private final boolean unrecorded;
	private final java.util.List<String> meetings;
	private Text name;
	private Text note;
	private org.eclipse.swt.widgets.Combo meeting;
	private String chosenName = "";
	private String chosenNote = "";
	private int chosenMeeting = -1;

	/**
	 * @param meetings the plan's review meetings as users know them (title or quarter), to link the baseline to one of
	 *                 them; empty when the plan has none
	 */
	BaselineDialog(Shell parent, String suggested, boolean unrecorded, java.util.List<String> meetings) {
		super(parent);
		this.suggested = suggested;
		this.unrecorded = unrecorded;
		this.meetings = meetings;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TeamUiMessages.baseline_tag);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(TeamUiMessages.baseline_tagTitle);
		if (unrecorded) {
			setMessage(TeamUiMessages.baseline_unrecorded, org.eclipse.jface.dialogs.IMessageProvider.WARNING);
		} else {
			setMessage(TeamUiMessages.baseline_tagMessage);
		}
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText(TeamUiMessages.baseline_name);
		name = new Text(body, SWT.BORDER);
		name.setText(suggested);
		name.setMessage(TeamUiMessages.baseline_nameHint);
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(name);
		new Label(body, SWT.NONE).setText(TeamUiMessages.baseline_note);
		note = new Text(body, SWT.BORDER);
		note.setMessage(TeamUiMessages.baseline_noteHint);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(note);
		if (!meetings.isEmpty()) {
			new Label(body, SWT.NONE).setText(TeamUiMessages.baseline_meeting);
			meeting = new org.eclipse.swt.widgets.Combo(body, SWT.READ_ONLY);
			meeting.add(TeamUiMessages.baseline_noMeeting);
			meetings.forEach(meeting::add);
			meeting.select(0);
			meeting.setToolTipText(TeamUiMessages.baseline_meetingTooltip);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(meeting);
		}
		name.addModifyListener(e -> update());
		name.selectAll();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, TeamUiMessages.baseline_tagButton, true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		update();
	}

	private void update() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null && name != null) {
			ok.setEnabled(!name.getText().isBlank());
		}
	}

	/** The fields, name then note (for tests). */
	Text[] fields() {
		return new Text[] { name, note };
	}

	/** The choice of meeting, first 不連結 then the meetings; null when the plan has none (for tests). */
	org.eclipse.swt.widgets.Combo meetingChoice() {
		return meeting;
	}

	@Override
	protected void okPressed() {
		chosenName = name.getText().strip();
		chosenNote = note.getText().strip();
		chosenMeeting = meeting == null ? -1 : meeting.getSelectionIndex() - 1;
		super.okPressed();
	}

	String name() {
		return chosenName;
	}

	String note() {
		return chosenNote;
	}

	/** The index of the meeting to link the baseline to, -1 for none. */
	int meeting() {
		return chosenMeeting;
	}
}
