package pdca.templates;

import java.util.Locale;
import java.util.Objects;

/**
 * A text of a template in Traditional Chinese and English, e.g. the name 實施要項 / Key area.
 *
 * @param zhTw the text in Traditional Chinese
 * @param en   the text in English
 */
public record LocalizedText(String zhTw, String en) {

	public LocalizedText {
		Objects.requireNonNull(zhTw, "zhTw");
		Objects.requireNonNull(en, "en");
	}

	/**
	 * {@return the text for {@code locale}}: Traditional Chinese for a Chinese locale, English
	 * otherwise (the convention of the workbench's own messages).
	 */
	public String get(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? zhTw : en;
	}

	/** {@return the text for the default locale} */
	public String get() {
		return get(Locale.getDefault());
	}
}
