package pdca.templates;

import java.util.Locale;
import java.util.Objects;

/**
 * A column of a template's plan table, e.g. 推動作法 | 完成期限 | 承辦機關（單位） | 預期效益. The id
 * says what the column shows; the header is what the plan prints.
 *
 * @param id     what the column shows: one of the constants of this class, or an id of the
 *               template's own that editors may ignore
 * @param header the header as printed, in Traditional Chinese and English
 */
public record PlanColumn(String id, LocalizedText header) {

	/** The dimension (構面) of the row. */
	public static final String DIMENSION = "dimension";
	/** The strategy (策略 / 實施要項 / 項目) of the row. */
	public static final String STRATEGY = "strategy";
	/** The method (方法 / 推動作法 / 指標) of the row. */
	public static final String METHOD = "method";
	/** What the method covers (內容). */
	public static final String DESCRIPTION = "description";
	/** The action (具體作法). */
	public static final String ACTION = "action";
	/** The deadline (完成期限). */
	public static final String SCHEDULE = "schedule";
	/** The owner units (承辦機關（單位） / 主辦單位), lead first. */
	public static final String OWNER = "owner";
	/** The expected benefit (預期效益). */
	public static final String EXPECTED_BENEFIT = "expectedBenefit";
	/** The KPIs (量化指標) with their targets. */
	public static final String KPI = "kpi";
	/** A note (備註). */
	public static final String NOTE = "note";

	public PlanColumn {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(header, "header");
	}

	/** {@return the header in {@code locale}} */
	public String header(Locale locale) {
		return header.get(locale);
	}
}
