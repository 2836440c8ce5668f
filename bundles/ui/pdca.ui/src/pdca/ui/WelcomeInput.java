package pdca.ui;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of the welcome page: there is one, so opening it again brings the open page forward. It is not
 * persisted: a later start opens the welcome page only when asked for (Help › Welcome).
 */
final class WelcomeInput implements IEditorInput {

	static final WelcomeInput INSTANCE = new WelcomeInput();

	private WelcomeInput() {
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public String getName() {
		return UiMessages.welcome_name;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return UiMessages.welcome_title;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		return null;
	}
}
