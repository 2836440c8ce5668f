package pdca.team.ui;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.osgi.service.prefs.BackingStoreException;

import pdca.model.i18n.MessageBundle;
import pdca.team.PlanSync;

/**
 * Window › Preferences › 團隊同步: the name, unit and e-mail address that the versions recorded by a
 * sync carry, shown in every plan's history as 「姓名（單位）」.
 */
public class TeamPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Text name;
	private Text unit;
	private Text email;
	private Label preview;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(TeamUiMessages.author_description);
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		PlanSync.Author saved = AuthorPreferences.author();
		name = field(area, TeamUiMessages.author_name, saved.name(), TeamUiMessages.author_nameHint);
		unit = field(area, TeamUiMessages.author_unit, saved.unit(), TeamUiMessages.author_unitHint);
		email = field(area, TeamUiMessages.author_email, saved.email(), "");
		preview = new Label(area, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(460, SWT.DEFAULT).indent(0, 8).applyTo(preview);
		showPreview();
		return area;
	}

	private Text field(Composite area, String label, String value, String hint) {
		new Label(area, SWT.NONE).setText(label);
		Text text = new Text(area, SWT.BORDER | SWT.SINGLE);
		text.setText(value);
		text.setMessage(hint);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(text);
		text.addModifyListener(e -> showPreview());
		return text;
	}

	private void showPreview() {
		String n = name.getText().strip();
		preview.setText(n.isEmpty() ? TeamUiMessages.author_fromGit
				: MessageBundle.bind(TeamUiMessages.author_preview, PlanSync.recordedName(n, unit.getText().strip())));
	}

	@Override
	public boolean performOk() {
		try {
			AuthorPreferences.set(new PlanSync.Author(name.getText(), unit.getText(), email.getText()));
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage(MessageBundle.bind(TeamUiMessages.author_saveFailed, e.getMessage()));
			return false;
		}
	}

	/** For tests: the name, unit and e-mail fields. */
	Text[] fields() {
		return new Text[] { name, unit, email };
	}

	/** For tests: what the page says the versions will carry. */
	String preview() {
		return preview.getText();
	}
}
