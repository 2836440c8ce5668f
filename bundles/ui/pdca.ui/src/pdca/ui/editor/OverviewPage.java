package pdca.ui.editor;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import pdca.edit.CheckInCommands;
import pdca.model.Agency;
import pdca.model.Approval;
import pdca.model.Citation;
import pdca.model.Objective;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.Unit;
import pdca.model.i18n.MessageBundle;
import pdca.model.schedule.RocDate;
import pdca.ui.UiMessages;

/**
 * The Overview page: agency, year, period, approval, version label, basis citations,
 * objectives and target units. Dates are entered and shown in the ROC calendar.
 */
class OverviewPage implements PlanPage {

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private final PlanEditorContext editor;
	private final ScrolledComposite scroll;
	private final Composite body;
	private final Text title, agency, year, periodStart, periodEnd, approvalDate, approvalNumber, version, target, objectives, kpiGreen, kpiAmber;
	private final Label error;
	private final TableViewer basis;
	private boolean filling;

	OverviewPage(Composite parent, PlanEditorContext editor) {
		this.editor = editor;
		scroll = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		body = new Composite(scroll, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(10, 10).applyTo(body);
		title = text(UiMessages.field_title, 3, false, (p, v) -> editor.editing().set(p, P.getPlan_Title(), v));
		agency = text(UiMessages.field_agency, 3, false, (p, v) -> editor.editing().set(agency(p), P.getAgency_Name(), v));
		year = text(UiMessages.field_year, 1, false, this::commitYear);
		version = text(UiMessages.field_version, 1, false, (p, v) -> editor.editing().set(p, P.getPlan_VersionLabel(), blankToNull(v)));
		periodStart = text(UiMessages.field_periodStart, 1, false, (p, v) -> commitDate(v, d -> editor.editing().set(period(p), P.getPeriod_Start(), d)));
		periodEnd = text(UiMessages.field_periodEnd, 1, false, (p, v) -> commitDate(v, d -> editor.editing().set(period(p), P.getPeriod_End(), d)));
		approvalDate = text(UiMessages.field_approvalDate, 1, false, (p, v) -> commitDate(v, d -> editor.editing().set(approval(p), P.getApproval_Date(), d)));
		approvalNumber = text(UiMessages.field_approvalNumber, 1, false, (p, v) -> editor.editing().set(approval(p), P.getApproval_DocumentNumber(), blankToNull(v)));
		target = text(UiMessages.field_target, 3, false, (p, v) -> editor.editing().set(p, P.getPlan_TargetDescription(), blankToNull(v)));
		kpiGreen = text(UiMessages.field_kpiGreen, 1, false, (p, v) -> commitPercent(p, P.getPlan_KpiGreenPercent(), v));
		kpiAmber = text(UiMessages.field_kpiAmber, 1, false, (p, v) -> commitPercent(p, P.getPlan_KpiAmberPercent(), v));
		error = new Label(body, SWT.WRAP);
		error.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(error);

		Label basisLabel = new Label(body, SWT.NONE);
		basisLabel.setText(UiMessages.field_basis);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(basisLabel);
		basis = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION);
		basis.getTable().setHeaderVisible(true);
		basis.getTable().setLinesVisible(true);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(SWT.DEFAULT, 130).applyTo(basis.getTable());
		column(UiMessages.column_issuer, 220, Citation::getIssuer);
		column(UiMessages.column_date, 130, c -> c.getDate() == null ? "" : pdca.model.logic.Terms.date(c.getDate()));
		column(UiMessages.column_documentNumber, 260, Citation::getDocumentNumber);
		column(UiMessages.column_citationTitle, 420, c -> c.getTitle() == null ? "" : "「" + c.getTitle() + "」");
		basis.setContentProvider(ArrayContentProvider.getInstance());

		objectives = text(UiMessages.field_objectives, 3, true, null);
		objectives.setEditable(false);
		scroll.setContent(body);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		refresh();
	}

	private Text text(String label, int span, boolean multi, BiConsumer<Plan, String> commit) {
		Label l = new Label(body, SWT.NONE);
		l.setText(label);
		Text t = new Text(body, SWT.BORDER | (multi ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE));
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).hint(160, multi ? 110 : SWT.DEFAULT).applyTo(t);
		if (commit != null) {
			Runnable apply = () -> {
				if (!filling) {
					error.setText("");
					commit.accept(editor.plan(), t.getText().strip());
				}
			};
			t.addListener(SWT.FocusOut, e -> apply.run());
			t.addListener(SWT.DefaultSelection, e -> apply.run());
		}
		return t;
	}

	private void column(String title, int width, Function<Citation, String> text) {
		TableViewerColumn c = new TableViewerColumn(basis, SWT.LEFT);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String s = text.apply((Citation) element);
				return s == null ? "" : s;
			}
		});
	}

	/** Types the KPI thresholds into their fields and leaves them, as a user does (for tests). */
	void enterKpiThresholds(String green, String amber) {
		kpiGreen.setText(green);
		kpiGreen.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
		kpiAmber.setText(amber);
		kpiAmber.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
	}

	/** The error shown under the fields, for tests. */
	String errorText() {
		return error.getText();
	}

	/** A KPI threshold in per cent of the target; empty means the default (100 % / 90 %). */
	private void commitPercent(Plan plan, org.eclipse.emf.ecore.EAttribute feature, String value) {
		if (value.isEmpty()) {
			editor.editing().set(plan, feature, null);
			return;
		}
		try {
			double v = pdca.model.logic.Values.number(value);
			if (v <= 0 || v > 1000) {
				throw new NumberFormatException();
			}
			editor.editing().set(plan, feature, v);
		} catch (NumberFormatException e) {
			error.setText(MessageBundle.bind(UiMessages.plan_badPercent, value));
		}
	}

	private void commitYear(Plan plan, String value) {
		try {
			int y = Integer.parseInt(value);
			if (y < 1 || y > 300) {
				throw new NumberFormatException();
			}
			editor.editing().set(plan, P.getPlan_RocYear(), y);
		} catch (NumberFormatException e) {
			error.setText(MessageBundle.bind(UiMessages.plan_badYear, value));
		}
	}

	private void commitDate(String value, java.util.function.Consumer<LocalDate> set) {
		if (value.isEmpty()) {
			set.accept(null);
			return;
		}
		try {
			LocalDate date = RocDate.parse(value);
			if (!pdca.model.logic.Values.isRocDate(date)) {
				error.setText(pdca.edit.EditMessages.format("date.beforeRoc", value));
				return;
			}
			set.accept(date);
		} catch (RuntimeException e) {
			error.setText(e.getMessage());
		}
	}

	// The containers are created on first use, as an undoable step of their own.
	private Agency agency(Plan p) {
		if (p.getAgency() == null) {
			editor.editing().set(p, P.getPlan_Agency(), PdcaFactory.eINSTANCE.createAgency());
		}
		return p.getAgency();
	}

	private Period period(Plan p) {
		if (p.getPeriod() == null) {
			editor.editing().set(p, P.getPlan_Period(), PdcaFactory.eINSTANCE.createPeriod());
		}
		return p.getPeriod();
	}

	private Approval approval(Plan p) {
		if (p.getApproval() == null) {
			editor.editing().set(p, P.getPlan_Approval(), PdcaFactory.eINSTANCE.createApproval());
		}
		return p.getApproval();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	@Override
	public Control control() {
		return scroll;
	}

	@Override
	public void refresh() {
		Plan p = editor.plan();
		filling = true;
		try {
			set(title, p.getTitle());
			set(agency, p.getAgency() == null ? null : p.getAgency().getName());
			set(year, String.valueOf(p.getRocYear()));
			set(version, p.getVersionLabel());
			set(periodStart, p.getPeriod() == null || p.getPeriod().getStart() == null ? null : pdca.model.logic.Terms.date(p.getPeriod().getStart()));
			set(periodEnd, p.getPeriod() == null || p.getPeriod().getEnd() == null ? null : pdca.model.logic.Terms.date(p.getPeriod().getEnd()));
			set(approvalDate, p.getApproval() == null || p.getApproval().getDate() == null ? null : pdca.model.logic.Terms.date(p.getApproval().getDate()));
			set(approvalNumber, p.getApproval() == null ? null : p.getApproval().getDocumentNumber());
			String units = p.getTargetUnits().stream().map(Unit::getName).reduce((a, b) -> a + "、" + b).orElse("");
			set(target, p.getTargetDescription() != null ? p.getTargetDescription() : units);
			set(kpiGreen, p.getKpiGreenPercent() == null ? null : CheckInCommands.number(p.getKpiGreenPercent()));
			set(kpiAmber, p.getKpiAmberPercent() == null ? null : CheckInCommands.number(p.getKpiAmberPercent()));
			kpiGreen.setMessage("100");
			kpiAmber.setMessage("90");
			basis.setInput(p.getBasis());
			StringBuilder sb = new StringBuilder();
			int i = 1;
			for (Objective o : p.getObjectives()) {
				sb.append(pdca.model.schedule.ChineseNumerals.format(i++)).append("、").append(o.getText()).append('\n');
			}
			set(objectives, sb.toString().strip());
		} finally {
			filling = false;
		}
		scroll.setMinSize(body.computeSize(900, SWT.DEFAULT));
	}

	private static void set(Text t, String value) {
		String v = value == null ? "" : value;
		if (!t.getText().equals(v)) {
			t.setText(v);
		}
	}

	@Override
	public boolean reveal(EObject element) {
		return element instanceof Plan || element instanceof Citation || element instanceof Objective;
	}
}
