package pdca.update.ui;

import java.net.URISyntaxException;

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
import pdca.update.UpdateMessages;
import pdca.update.UpdateSite;
import pdca.update.Updater;

/**
 * Window › Preferences › Updates: the address of the update site for this installation. Empty
 * means the installation's own address (set by the IT unit), which the page shows.
 */
public class UpdatePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Text site;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(UpdateUiMessages.page_description);
		noDefaultAndApplyButton();
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(area);
		Label label = new Label(area, SWT.NONE);
		label.setText(UpdateUiMessages.page_site);
		site = new Text(area, SWT.BORDER | SWT.SINGLE);
		site.setMessage(UpdateUiMessages.page_siteHint);
		site.setText(UpdateSite.preference());
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(site);
		site.addModifyListener(e -> validate());
		String fallback = UpdateSite.installationDefault();
		note(area, fallback.isBlank() ? MessageBundle.bind(UpdateUiMessages.page_noDefault, UpdateSite.FILE)
				: MessageBundle.bind(UpdateUiMessages.page_default, fallback));
		Updater updater = Updater.ofThisInstallation();
		note(area, updater == null ? UpdateUiMessages.page_notUpdatable : MessageBundle.bind(UpdateUiMessages.page_installed, updater.installedVersion()));
		validate();
		return area;
	}

	private static void note(Composite area, String text) {
		Label note = new Label(area, SWT.WRAP);
		note.setText(text);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).indent(0, 6).applyTo(note);
	}

	/** An address that cannot be used is said at the top and cannot be kept. */
	private void validate() {
		String text = site.getText();
		if (text.isBlank()) {
			setErrorMessage(null);
			setValid(true);
			return;
		}
		try {
			UpdateSite.toUri(text);
			setErrorMessage(null);
			setValid(true);
		} catch (URISyntaxException e) {
			setErrorMessage(MessageBundle.bind(UpdateMessages.site_invalid, text.strip(), e.getReason()));
			setValid(false);
		}
	}

	@Override
	public boolean performOk() {
		try {
			UpdateSite.setPreference(site.getText());
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage(MessageBundle.bind(UpdateUiMessages.page_saveFailed, e.getMessage()));
			return false;
		}
	}

	/** For tests: the address field. */
	Text siteField() {
		return site;
	}
}
