package pdca.ui.editor;

import org.eclipse.swt.graphics.Color;

import pdca.model.ActionStatus;

/**
 * Cell colours of the statuses: light tints that keep black text readable. The status is always
 * written out as well, so the colour is never the only cue (colour-blind readers, grey printouts).
 */
public final class StatusColours {

	private StatusColours() {
	}

	/** The background tint of a status. */
	public static Color background(ActionStatus status) {
		return switch (status) {
			case NOT_STARTED -> new Color(236, 236, 236);
			case ON_TRACK -> new Color(214, 234, 248);
			case AT_RISK -> new Color(255, 236, 179);
			case DELAYED -> new Color(250, 200, 185);
			case DONE -> new Color(200, 230, 201);
			case ONGOING -> new Color(209, 236, 233);
			case CANCELLED -> new Color(250, 250, 250);
		};
	}
}
