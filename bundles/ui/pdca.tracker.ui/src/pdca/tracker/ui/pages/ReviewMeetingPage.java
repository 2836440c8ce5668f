package pdca.tracker.ui.pages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.ui.menus.IMenuService;

import pdca.model.Decision;
import pdca.model.Finding;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.PdcaFactory;
import pdca.model.PdcaPackage;
import pdca.model.Plan;
import pdca.model.PlanElement;
import pdca.model.ReviewMeeting;
import pdca.model.Unit;
import pdca.model.i18n.MessageBundle;
import pdca.model.logic.Numbering;
import pdca.model.logic.Quarter;
import pdca.model.logic.Terms;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.TrackerStatus;
import pdca.ui.editor.PlanPage;
import pdca.ui.editor.PlanEditorContext;
import pdca.ui.editor.EditableTable;
import pdca.ui.editor.Texts;

/**
 * Review meetings (Check, Act): one record per quarterly meeting with date, chair and attendees,
 * the agenda drawn from the plan's status, findings, decisions and improvement actions. Open
 * improvement actions of earlier meetings are listed again until they are closed, and can be
 * closed right there. Above the selected meeting's record, a tool bar that other plug-ins fill through
 * {@code org.eclipse.ui.menus} at {@link #TOOLBAR} (the meeting documents of {@code pdca.export.ui}).
 */
public class ReviewMeetingPage implements PlanPage {

	/** The location of the page's tool bar for menu contributions. */
	public static final String TOOLBAR = "toolbar:pdca.ui.reviewMeetingPage";

	private static final PdcaPackage P = PdcaPackage.eINSTANCE;

	private final PlanEditorContext editor;
	private final SashForm sash;
	private final EditableTable<ReviewMeeting> meetings;
	private final Composite form;
	private final ScrolledComposite scroller;
	private final Text title, date, chair, baseline, attendees;
	private final Combo quarterChoice;
	private final Text agenda;
	private final EditableTable<Finding> findings;
	private final EditableTable<Decision> decisions;
	private final EditableTable<ImprovementAction> improvements;
	private final EditableTable<ImprovementAction> carried;
	private final Label none;
	private final ToolBarManager toolbar;
	private ReviewMeeting current;
	private boolean filling;

	ReviewMeetingPage(Composite parent, PlanEditorContext editor) {
		this.editor = editor;
		sash = new SashForm(parent, SWT.HORIZONTAL);

		Composite left = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(left);
		Composite buttons = new Composite(left, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		button(buttons, PageMessages.meeting_add, this::addMeeting);
		button(buttons, PageMessages.meeting_delete, () -> {
			if (current != null) {
				editor.editing().runAll(PageMessages.meeting_delete,
						List.of(RemoveCommand.create(editor.getEditingDomain(), editor.plan(), P.getPlan_ReviewMeetings(), current)));
			}
		});
		meetings = new EditableTable<>(left, editor, ReviewMeeting.class, -1);
		meetings.column(PageMessages.meeting_quarter, 110, m -> quarterOf(m) == null ? "" : Terms.quarter(quarterOf(m)))
				.column(PageMessages.meeting_date, 110, m -> m.getDate() == null ? "" : pdca.model.logic.Terms.date(m.getDate()))
				.column(PageMessages.meeting_title, 260, ReviewMeeting::getTitle);
		meetings.viewer().addSelectionChangedListener(e -> {
			show(e.getStructuredSelection().getFirstElement() instanceof ReviewMeeting m ? m : null);
			editor.pageSelectionChanged(this, e.getSelection());
		});

		scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		form = new Composite(scroller, SWT.NONE);
		scroller.setContent(form);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 8).applyTo(form);
		toolbar = contributedToolBar(form);
		none = new Label(form, SWT.WRAP);
		none.setText(PageMessages.meeting_none);
		GridDataFactory.fillDefaults().span(4, 1).applyTo(none);
		title = text(form, PageMessages.meeting_title, 3, P.getReviewMeeting_Title());
		label(form, PageMessages.meeting_quarter);
		quarterChoice = new Combo(form, SWT.READ_ONLY);
		quarterChoice.addListener(SWT.Selection, e -> commitQuarter());
		date = text(form, PageMessages.meeting_date, 1, null);
		date.addListener(SWT.FocusOut, e -> commitDate());
		date.addListener(SWT.DefaultSelection, e -> commitDate());
		chair = text(form, PageMessages.meeting_chair, 1, P.getReviewMeeting_Chair());
		baseline = text(form, PageMessages.meeting_baseline, 1, P.getReviewMeeting_Baseline());
		baseline.setToolTipText(PageMessages.meeting_baselineTooltip);
		baseline.setMessage(PageMessages.meeting_baselineHint);
		attendees = text(form, PageMessages.meeting_attendees, 3, null);
		attendees.addListener(SWT.FocusOut, e -> commitAttendees());

		heading(form, PageMessages.meeting_agenda);
		agenda = new Text(form, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).hint(400, agenda.getLineHeight() * 8).applyTo(agenda);

		heading(form, PageMessages.meeting_carried);
		carried = new EditableTable<>(form, editor, ImprovementAction.class, 110);
		span(carried);
		carried.column(PageMessages.improvement_from, 110, a -> a.eContainer() instanceof ReviewMeeting m && quarterOf(m) != null ? Terms.quarter(quarterOf(m)) : "");
		improvementColumns(carried);

		heading(form, PageMessages.meeting_findings);
		findings = new EditableTable<>(form, editor, Finding.class, 110);
		span(findings);
		addRemove(form, () -> add(P.getReviewMeeting_Findings(), newFinding()), () -> remove(P.getReviewMeeting_Findings(), findings.selected()));
		findings.column(PageMessages.meeting_findings, 520, Finding::getText, (f, v) -> set(f, P.getFinding_Text(), v), null)
				.column(PageMessages.page_findingSubject, 240, f -> f.getSubject() == null ? "" : Numbering.path(f.getSubject()) + " "
						+ Texts.oneLine(f.getSubject().getText()));

		heading(form, PageMessages.meeting_decisions);
		decisions = new EditableTable<>(form, editor, Decision.class, 90);
		span(decisions);
		addRemove(form, () -> add(P.getReviewMeeting_Decisions(), newDecision()), () -> remove(P.getReviewMeeting_Decisions(), decisions.selected()));
		decisions.column(PageMessages.meeting_decisions, 760, Decision::getText, (d, v) -> set(d, P.getDecision_Text(), v), null);

		heading(form, PageMessages.meeting_improvements);
		improvements = new EditableTable<>(form, editor, ImprovementAction.class, 130);
		span(improvements);
		addRemove(form, () -> add(P.getReviewMeeting_ImprovementActions(), newImprovement()),
				() -> remove(P.getReviewMeeting_ImprovementActions(), improvements.selected()));
		improvementColumns(improvements);

		sash.setWeights(28, 72);
		refresh();
	}

	/** The tool bar of the contributions to {@link #TOOLBAR}, given back when the page goes. */
	private ToolBarManager contributedToolBar(Composite parent) {
		ToolBarManager manager = new ToolBarManager(SWT.FLAT | SWT.RIGHT | SWT.WRAP);
		IMenuService menus = editor.getSite() == null ? null : editor.getSite().getService(IMenuService.class);
		if (menus != null) {
			menus.populateContributionManager(manager, TOOLBAR);
		}
		ToolBar bar = manager.createControl(parent);
		GridDataFactory.fillDefaults().span(4, 1).grab(true, false).applyTo(bar);
		bar.addDisposeListener(e -> {
			if (menus != null) {
				menus.releaseContributions(manager);
			}
			manager.dispose();
		});
		return manager;
	}

	/** The page's tool bar with what other plug-ins contributed to it, for tests. */
	public ToolBarManager toolBar() {
		return toolbar;
	}

	private void improvementColumns(EditableTable<ImprovementAction> table) {
		table.column(PageMessages.meeting_improvements, 320, ImprovementAction::getText, (a, v) -> set(a, P.getImprovementAction_Text(), v), null)
				.column(PageMessages.improvement_owner, 130, a -> a.getOwner() == null ? "" : a.getOwner().getName(),
						(a, v) -> set(a, P.getImprovementAction_Owner(), units().stream().filter(u -> v.equals(u.getName())).findFirst().orElse(null)),
						() -> { List<String> names = new ArrayList<>(List.of("")); units().forEach(u -> names.add(u.getName())); return names; })
				.column(PageMessages.improvement_due, 110, a -> a.getDueDate() == null ? "" : pdca.model.logic.Terms.date(a.getDueDate()),
						(a, v) -> dateCommand(a, P.getImprovementAction_DueDate(), v), null)
				.column(PageMessages.improvement_status, 90, a -> improvementStatusName(a.getStatus()),
						(a, v) -> statusCommand(a, v), () -> ImprovementStatus.VALUES.stream().map(ReviewMeetingPage::improvementStatusName).toList())
				.column(PageMessages.improvement_closedOn, 110, a -> a.getClosedOn() == null ? "" : pdca.model.logic.Terms.date(a.getClosedOn()),
						(a, v) -> dateCommand(a, P.getImprovementAction_ClosedOn(), v), null)
				.column(PageMessages.improvement_closure, 220, ImprovementAction::getClosureNote,
						(a, v) -> set(a, P.getImprovementAction_ClosureNote(), v.isBlank() ? null : v), null);
	}

	static String improvementStatusName(ImprovementStatus s) {
		if (s == null) {
			return "";
		}
		return Terms.improvement(s);
	}

	/** Closing sets the closing date to today when none is entered yet. */
	private Command statusCommand(ImprovementAction a, String name) {
		ImprovementStatus s = ImprovementStatus.VALUES.stream().filter(v -> improvementStatusName(v).equals(name)).findFirst().orElse(null);
		if (s == null || s == a.getStatus()) {
			return null;
		}
		Command set = SetCommand.create(editor.getEditingDomain(), a, P.getImprovementAction_Status(), s);
		if (s == ImprovementStatus.CLOSED && a.getClosedOn() == null) {
			org.eclipse.emf.common.command.CompoundCommand c = new org.eclipse.emf.common.command.CompoundCommand();
			c.append(set);
			c.append(SetCommand.create(editor.getEditingDomain(), a, P.getImprovementAction_ClosedOn(), LocalDate.now()));
			return c;
		}
		return set;
	}

	private Command dateCommand(EObject owner, EStructuralFeature feature, String value) {
		return editor.dateCommand(owner, feature, value);
	}

	private Command set(EObject owner, EStructuralFeature feature, Object value) {
		return editor.editing().setCommand(owner, feature, value);
	}

	private static void span(EditableTable<?> table) {
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(600, table.viewer().getTable().getItemHeight() * 5 + 30)
				.applyTo(table.viewer().getTable());
	}

	private void addRemove(Composite parent, Runnable add, Runnable remove) {
		Composite box = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(box);
		GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(box);
		button(box, PageMessages.meeting_add2, add);
		button(box, PageMessages.meeting_remove, remove);
	}

	private static void heading(Composite parent, String text) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(text);
		l.setFont(org.eclipse.jface.resource.JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().span(4, 1).indent(0, 10).applyTo(l);
	}

	private static void label(Composite parent, String text) {
		Label l = new Label(parent, SWT.NONE);
		l.setText(text);
	}

	private Text text(Composite parent, String label, int span, EStructuralFeature feature) {
		label(parent, label);
		Text t = new Text(parent, SWT.BORDER);
		GridDataFactory.fillDefaults().span(span, 1).grab(span > 1, false).hint(160, SWT.DEFAULT).applyTo(t);
		if (feature != null) {
			Consumer<Object> commit = e -> {
				if (!filling && current != null) {
					editor.editing().set(current, feature, t.getText().isBlank() ? null : t.getText().strip());
				}
			};
			t.addListener(SWT.FocusOut, commit::accept);
			t.addListener(SWT.DefaultSelection, commit::accept);
		}
		return t;
	}

	private static void button(Composite parent, String text, Runnable action) {
		Button b = new Button(parent, SWT.PUSH);
		b.setText(text);
		GridDataFactory.fillDefaults().applyTo(b);
		b.addListener(SWT.Selection, e -> action.run());
	}

	private List<Unit> units() {
		Plan plan = editor.plan();
		return plan.getOrganisation() == null ? List.of() : plan.getOrganisation().getUnits();
	}

	/** The quarter a meeting reviews, or null when it has neither quarter nor date yet. */
	static Quarter quarterOf(ReviewMeeting m) {
		try {
			return ReviewAgenda.quarterOf(m);
		} catch (IllegalArgumentException e) {
			return null;
		}
	}

	private int year() {
		return TrackerStatus.planYear(editor.plan(), LocalDate.now());
	}

	/** Adds a meeting for the quarter after the last one recorded (or the current quarter of the plan's year). */
	void addMeeting() {
		Quarter q = ReviewAgenda.nextMeetingQuarter(editor.plan(), LocalDate.now());
		ReviewMeeting m = PdcaFactory.eINSTANCE.createReviewMeeting();
		m.setRocYear(q.rocYear());
		m.setQuarter(q.quarter());
		m.setTitle(MessageBundle.bind(PageMessages.meeting_titleDefault, Terms.quarter(q)));
		editor.editing().addNew(editor.plan(), P.getPlan_ReviewMeetings(), m);
		meetings.viewer().setSelection(new StructuredSelection(m), true);
	}

	private Finding newFinding() {
		Finding f = PdcaFactory.eINSTANCE.createFinding();
		f.setText(PageMessages.meeting_newText);
		return f;
	}

	private Decision newDecision() {
		Decision d = PdcaFactory.eINSTANCE.createDecision();
		d.setText(PageMessages.meeting_newText);
		return d;
	}

	private ImprovementAction newImprovement() {
		ImprovementAction a = PdcaFactory.eINSTANCE.createImprovementAction();
		a.setText(PageMessages.meeting_newText);
		a.setStatus(ImprovementStatus.OPEN);
		Quarter q = current == null ? null : quarterOf(current);
		if (q != null) {
			a.setDueDate(q.next().end());
		}
		return a;
	}

	private void add(EReference feature, EObject child) {
		if (current != null) {
			editor.editing().addNew(current, feature, child);
		}
	}

	private void remove(EReference feature, List<? extends EObject> children) {
		if (current != null && !children.isEmpty()) {
			editor.editing().runAll(PageMessages.meeting_remove,
					List.of(RemoveCommand.create(editor.getEditingDomain(), current, feature, children)));
		}
	}

	private void commitQuarter() {
		if (filling || current == null || quarterChoice.getSelectionIndex() < 0) {
			return;
		}
		int q = quarterChoice.getSelectionIndex() + 1;
		editor.editing().runAll(PageMessages.meeting_quarter, List.of(
				SetCommand.create(editor.getEditingDomain(), current, P.getReviewMeeting_RocYear(), year()),
				SetCommand.create(editor.getEditingDomain(), current, P.getReviewMeeting_Quarter(), q)));
	}

	private void commitDate() {
		if (filling || current == null) {
			return;
		}
		Command c = dateCommand(current, P.getReviewMeeting_Date(), date.getText());
		if (c != null) {
			editor.editing().runAll(PageMessages.meeting_date, List.of(c));
		}
	}

	private void commitAttendees() {
		if (filling || current == null) {
			return;
		}
		List<String> names = Arrays.stream(attendees.getText().split("[、,，;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (!names.equals(current.getAttendees())) {
			editor.editing().runAll(PageMessages.meeting_attendees,
					List.of(SetCommand.create(editor.getEditingDomain(), current, P.getReviewMeeting_Attendees(), names)));
		}
	}

	private void show(ReviewMeeting meeting) {
		current = meeting;
		filling = true;
		try {
			boolean on = meeting != null;
			none.setVisible(editor.plan().getReviewMeetings().isEmpty());
			for (Control c : new Control[] { title, date, chair, baseline, attendees, quarterChoice }) {
				c.setEnabled(on);
			}
			setText(title, on ? meeting.getTitle() : "");
			setText(date, on && meeting.getDate() != null ? pdca.model.logic.Terms.date(meeting.getDate()) : "");
			setText(chair, on ? meeting.getChair() : "");
			setText(baseline, on ? meeting.getBaseline() : "");
			setText(attendees, on ? String.join("、", meeting.getAttendees()) : "");
			int year = year();
			String[] quarters = new String[4];
			for (int q = 1; q <= 4; q++) {
				quarters[q - 1] = Terms.quarter(new Quarter(year, q));
			}
			quarterChoice.setItems(quarters);
			Quarter q = on ? quarterOf(meeting) : null;
			if (q != null && q.rocYear() == year) {
				quarterChoice.select(q.quarter() - 1);
			}
			findings.setInput(on ? meeting.getFindings() : List.of());
			decisions.setInput(on ? meeting.getDecisions() : List.of());
			improvements.setInput(on ? meeting.getImprovementActions() : List.of());
			carried.setInput(on ? carriedInto(meeting) : List.of());
			agenda.setText(on && q != null ? Agendas.text(meeting) : "");
			form.layout(true, true);
			scroller.setMinSize(form.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		} finally {
			filling = false;
		}
	}

	/** Improvement actions of earlier meetings still open at this one (shown again until closed). */
	List<ImprovementAction> carriedInto(ReviewMeeting meeting) {
		if (quarterOf(meeting) == null) {
			return List.of();
		}
		return ReviewAgenda.of(editor.plan(), meeting).improvementActions().stream().map(ReviewAgenda.OpenImprovement::action).toList();
	}

	private static void setText(Text t, String value) {
		String v = value == null ? "" : value;
		if (!t.getText().equals(v)) {
			t.setText(v);
		}
	}

	/** The meetings list, for tests. */
	EditableTable<ReviewMeeting> meetings() {
		return meetings;
	}

	/** The open improvement actions carried into the selected meeting, for tests. */
	EditableTable<ImprovementAction> carried() {
		return carried;
	}

	/** The agenda text of the selected meeting, for tests. */
	public String agendaText() {
		return agenda.getText();
	}

	@Override
	public Control control() {
		return sash;
	}

	@Override
	public org.eclipse.jface.viewers.ISelection selection() {
		return meetings.viewer().getSelection();
	}

	@Override
	public void refresh() {
		List<ReviewMeeting> list = new ArrayList<>(editor.plan().getReviewMeetings());
		list.sort(Comparator.comparing(ReviewMeetingPage::quarterOf, Comparator.nullsLast(Comparator.naturalOrder())));
		meetings.setInput(list);
		if (current != null && current.eContainer() != editor.plan()) {
			current = null;
		}
		if (current == null && !list.isEmpty()) {
			meetings.viewer().setSelection(new StructuredSelection(list.get(list.size() - 1)));
		}
		show(current);
	}

	@Override
	public boolean reveal(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof ReviewMeeting m) {
				meetings.viewer().setSelection(new StructuredSelection(m), true);
				return true;
			}
		}
		return false;
	}
}
