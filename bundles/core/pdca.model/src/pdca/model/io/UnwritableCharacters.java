package pdca.model.io;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Characters a plan file cannot hold. A plan file is XML 1.0, which has no way to write control
 * characters other than tab, line feed and carriage return, nor U+FFFE, U+FFFF or half of a
 * surrogate pair. They arrive invisibly (pasted from a word processor or a spreadsheet, typed on
 * the command line) and would make saving fail or, worse, write a file that cannot be read again;
 * they carry no meaning, so they are removed before saving.
 */
final class UnwritableCharacters {

	private UnwritableCharacters() {
	}

	/**
	 * Removes unwritable characters from every attribute of {@code root} and its contents (texts, and values of other
	 * data types written as text, such as deadlines).
	 *
	 * @return how many attribute values were changed
	 */
	static int removeFrom(EObject root) {
		int changed = clean(root);
		for (TreeIterator<EObject> it = root.eAllContents(); it.hasNext();) {
			changed += clean(it.next());
		}
		return changed;
	}

	/** {@code text} without the characters XML 1.0 cannot hold; the same string when it has none. */
	static String clean(String text) {
		if (text == null || text.codePoints().allMatch(UnwritableCharacters::writable)) {
			return text;
		}
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().filter(UnwritableCharacters::writable).forEach(sb::appendCodePoint);
		return sb.toString();
	}

	/** Whether XML 1.0 can hold the character (its production {@code Char}). */
	static boolean writable(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	private static int clean(EObject element) {
		int changed = 0;
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.isDerived() || attribute.isTransient() || !attribute.isChangeable() || !element.eIsSet(attribute)) {
				continue;
			}
			EDataType type = attribute.getEAttributeType();
			if (attribute.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> values = (EList<Object>) element.eGet(attribute);
				for (int i = 0; i < values.size(); i++) {
					Object cleaned = cleaned(type, values.get(i));
					if (cleaned == null) {
						continue;
					}
					if (attribute.isUnique() && values.contains(cleaned)) {
						values.remove(i--); // the same value without the characters is already there
					} else {
						values.set(i, cleaned);
					}
					changed++;
				}
			} else {
				Object cleaned = cleaned(type, element.eGet(attribute));
				if (cleaned != null) {
					element.eSet(attribute, cleaned);
					changed++;
				}
			}
		}
		return changed;
	}

	/** The value made from its text without unwritable characters, or {@code null} when the value is fine. */
	private static Object cleaned(EDataType type, Object value) {
		if (value == null) {
			return null;
		}
		String text = value instanceof String s ? s : EcoreUtil.convertToString(type, value);
		String clean = clean(text);
		if (clean == null || clean.equals(text)) {
			return null;
		}
		return value instanceof String ? clean : EcoreUtil.createFromString(type, clean);
	}
}
