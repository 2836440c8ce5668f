package pdca.forms;

import java.util.List;

/** A value a unit fills in its form: the check-in of a work item, or a KPI's actual value. */
public enum FormField {
	STATUS(FormLayout.STATUS, "s"), PROGRESS(FormLayout.PROGRESS, "p"), NARRATIVE(FormLayout.NARRATIVE, "n"),
	EVIDENCE(FormLayout.EVIDENCE, "e"), REPORTED_BY(FormLayout.REPORTED_BY, "b"), REPORTED_ON(FormLayout.REPORTED_ON, "d"),
	/** The value of a KPI row. */
	KPI_VALUE(FormLayout.KPI_VALUE, "v");

	/** The column of the form. */
	final int column;
	/** Its tag among the fingerprints of column C. */
	final String tag;

	FormField(int column, String tag) {
		this.column = column;
		this.tag = tag;
	}

	/** The fields of a work item's row. */
	static final List<FormField> ITEM_FIELDS = List.of(STATUS, PROGRESS, NARRATIVE, EVIDENCE, REPORTED_BY, REPORTED_ON);

	/** The name of the field in the user's language. */
	public String label() {
		return FormsMessages.get("field." + name());
	}
}
