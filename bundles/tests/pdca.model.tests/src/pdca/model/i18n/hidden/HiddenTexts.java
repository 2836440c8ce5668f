package pdca.model.i18n.hidden;

import java.util.List;

import pdca.model.i18n.MessageBundle;

/** A message class as most are: known to its own package only, filled when first used. */
final class HiddenTexts {

	public static String sample_greeting;

	static final List<String> MISSING = MessageBundle.fill("pdca.model.i18n.sample", HiddenTexts.class);

	private HiddenTexts() {
	}
}
