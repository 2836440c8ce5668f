package pdca.ui.editor;

import org.eclipse.swt.graphics.Color;

import pdca.model.ActionStatus;
import pdca.model.logic.StatusPalette;

/**
 * Cell colours of the statuses: the light tints of the tracker's one palette ({@link StatusPalette}), which keep
 * black text readable. The status is always written out as well, so the colour is never the only cue
 * (colour-blind readers, grey printouts).
 */
public final class StatusColours {

	private StatusColours() {
	}

	/** The background tint of a status. */
	public static Color background(ActionStatus status) {
		int rgb = StatusPalette.tint(status);
		return new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
	}
}
