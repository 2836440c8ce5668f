package pdca.export.internal;

import java.util.ArrayList;
import java.util.List;

import pdca.export.internal.MeetingPaper.Style;
import pdca.export.internal.MeetingPaper.Table;
import pdca.export.internal.MeetingPaper.Text;
import pdca.export.internal.MeetingPaper.Title;
import pdca.model.ActionStatus;
import pdca.model.Decision;
import pdca.model.Finding;
import pdca.model.ImprovementAction;
import pdca.model.Plan;
import pdca.model.ReviewMeeting;
import pdca.model.logic.Numbering;
import pdca.model.logic.Quarter;
import pdca.model.logic.ReviewAgenda;
import pdca.model.logic.StatusRollup.ItemStatus;
import pdca.model.logic.TrackerStatus;
import pdca.model.schedule.ChineseNumerals;

/**
 * Builds the minutes of a review meeting (會議紀錄) in the form agencies use: a header with 開會時間, 開會地點, 主持人,
 * 紀錄 and 出席人員; numbered 報告事項 (what was taken off the list since the previous meeting, what stays on it, the
 * quarter's status), 討論事項 (the findings with the improvement actions answering them) and 決議 (the decisions and
 * the meeting's improvement actions with owner and due date); 臨時動議 and 散會. What the plan does not record (the
 * place, the recorder, the times) is left as a line to fill in. The lists come from {@link ReviewAgenda} and
 * {@link TrackerStatus}.
 */
public final class MinutesBuilder {

	/** Names of the minutes' tables in the ODT. */
	public static final String CLOSED = "ClosedImprovements", CARRIED = "CarriedImprovements", DECIDED = "NewImprovements";

	private final Plan plan;
	private final ReviewMeeting meeting;
	private final Quarter quarter;
	private final ReviewAgenda agenda;
	private final TrackerStatus status;

	/** @throws IllegalArgumentException when the meeting has neither quarter nor date */
	public MinutesBuilder(Plan plan, ReviewMeeting meeting) {
		this.plan = plan;
		this.meeting = meeting;
		this.quarter = ReviewAgenda.quarterOf(meeting);
		this.agenda = ReviewAgenda.of(plan, meeting);
		this.status = TrackerStatus.of(plan, quarter);
	}

	public ReviewAgenda agenda() {
		return agenda;
	}

	/** The minutes' title: the meeting's title followed by 紀錄 (會議紀錄 when the title does not end in 會議). */
	public static String title(ReviewMeeting meeting, Quarter quarter) {
		String t = HandoutBuilder.meetingTitle(meeting, quarter);
		return t + Labels.get(t.endsWith("會議") ? "minutes.titleSuffix" : "minutes.titleSuffixPlain");
	}

	public MeetingPaper build(String generated) {
		String agency = ReportBuilder.agencyName(plan);
		String title = title(meeting, quarter);
		MeetingPaper p = new MeetingPaper(title, agency, Labels.get("minutes.subject"), false);
		p.add(new Title(agency, 16, true, false, 2));
		p.add(new Title(title, 16, true, false, 16));

		int item = 1;
		String date = meeting.getDate() == null ? Labels.get("meeting.blank") : HandoutBuilder.dateWithWeekday(meeting.getDate());
		p.add(item(item++, Labels.get("minutes.time") + date + Labels.get("meeting.blankTime")));
		p.add(item(item++, Labels.get("minutes.place") + Labels.get("meeting.blank")));
		p.add(item(item++, Labels.get("minutes.chair") + (meeting.getChair() == null || meeting.getChair().isBlank()
				? Labels.get("meeting.blankShort") : meeting.getChair().strip()) + "　　　　" + Labels.get("minutes.recorder")
				+ Labels.get("meeting.blank")));
		p.add(item(item++, Labels.get("minutes.attendees")
				+ (meeting.getAttendees().isEmpty() ? Labels.get("meeting.blank") : String.join("、", meeting.getAttendees()))));

		// 報告事項
		p.add(item(item++, Labels.get("minutes.reports")));
		List<ImprovementAction> closed = ReviewAgenda.closedSincePreviousMeeting(plan, meeting);
		p.add(sub(1, Labels.format("minutes.r.closed", String.valueOf(closed.size()))));
		if (closed.isEmpty()) {
			p.add(new Text(Style.SUBBODY, Labels.get("meeting.none")));
		} else {
			List<List<String>> rows = new ArrayList<>();
			for (ImprovementAction a : closed) {
				rows.add(List.of(ReportBuilder.nz(a.getText()), HandoutBuilder.raisedAt((ReviewMeeting) a.eContainer()),
						HandoutBuilder.owner(a), ReportBuilder.date(a.getDueDate()), ReportBuilder.improvement(a.getStatus()),
						ReportBuilder.date(a.getClosedOn()), ReportBuilder.nz(a.getClosureNote())));
			}
			p.add(new Table(CLOSED, List.of(Labels.get("minutes.t.improvement"), Labels.get("minutes.t.raisedAt"),
					Labels.get("minutes.t.owner"), Labels.get("minutes.t.due"), Labels.get("minutes.t.status"),
					Labels.get("minutes.t.closedOn"), Labels.get("minutes.t.closure")), rows,
					new float[] { 4.2f, 3.2f, 2, 3, 1.7f, 3, 3.8f }, new boolean[7], nulls(rows.size())));
		}
		List<ReviewAgenda.OpenImprovement> open = agenda.improvementActions();
		long late = open.stream().filter(ReviewAgenda.OpenImprovement::late).count();
		p.add(sub(2, Labels.format("minutes.r.open", String.valueOf(open.size()), String.valueOf(late))));
		if (open.isEmpty()) {
			p.add(new Text(Style.SUBBODY, Labels.get("meeting.none")));
		} else {
			p.add(new Table(CARRIED, List.of(Labels.get("handout.t.improvement"), Labels.get("handout.t.raisedAt"),
					Labels.get("handout.t.owner"), Labels.get("handout.t.due"), Labels.get("handout.t.istatus"),
					Labels.get("handout.t.quarters")), HandoutBuilder.openRows(open), HandoutBuilder.OPEN_WIDTHS,
					new boolean[] { false, false, false, false, false, true }, HandoutBuilder.openTints(open)));
		}
		ItemStatus ps = status.planStatus();
		p.add(sub(3, Labels.format("minutes.r.status", ReportBuilder.status(ps.effective()), String.valueOf(ps.progress()),
				String.valueOf(status.trackedItems()), String.valueOf(agenda.overdue().size()),
				String.valueOf(agenda.kpisOffTarget().size()), String.valueOf(agenda.scoresFell().size()))));

		// 討論事項
		p.add(item(item++, Labels.get("minutes.discussion")));
		List<Finding> findings = meeting.getFindings();
		if (findings.isEmpty()) {
			p.add(new Text(Style.SUBBODY, Labels.get("meeting.none")));
		}
		for (int i = 0; i < findings.size(); i++) {
			Finding f = findings.get(i);
			p.add(sub(i + 1, Labels.format("minutes.case", ReportBuilder.nz(f.getText()))));
			if (f.getSubject() != null) {
				p.add(new Text(Style.SUBBODY, Labels.format("minutes.caseSubject",
						Numbering.path(f.getSubject()) + " " + ReportBuilder.nz(f.getSubject().getText()))));
			}
			boolean any = false;
			for (ImprovementAction a : meeting.getImprovementActions()) {
				if (a.getFinding() == f) {
					p.add(new Text(Style.SUBBODY, Labels.format("minutes.caseAction", ReportBuilder.nz(a.getText()),
							HandoutBuilder.owner(a), ReportBuilder.date(a.getDueDate()))));
					any = true;
				}
			}
			if (!any) {
				p.add(new Text(Style.SUBBODY, Labels.get("minutes.caseNoAction")));
			}
		}

		// 決議
		p.add(item(item++, Labels.get("minutes.decisions")));
		int n = 1;
		for (Decision d : meeting.getDecisions()) {
			p.add(sub(n++, ReportBuilder.nz(d.getText())));
		}
		List<ImprovementAction> actions = meeting.getImprovementActions();
		if (!actions.isEmpty()) {
			p.add(sub(n++, Labels.format("minutes.d.actions", String.valueOf(actions.size()))));
			List<List<String>> rows = new ArrayList<>();
			int k = 1;
			for (ImprovementAction a : actions) {
				int finding = a.getFinding() == null ? -1 : findings.indexOf(a.getFinding());
				rows.add(List.of(String.valueOf(k++), ReportBuilder.nz(a.getText()), HandoutBuilder.owner(a),
						ReportBuilder.date(a.getDueDate()), finding < 0 ? ReportBuilder.nz(null)
								: Labels.format("minutes.caseRef", "（" + ChineseNumerals.format(finding + 1) + "）")));
			}
			p.add(new Table(DECIDED, List.of(Labels.get("minutes.t.no"), Labels.get("minutes.t.improvement"),
					Labels.get("minutes.t.owner"), Labels.get("minutes.t.due"), Labels.get("minutes.t.case")), rows,
					new float[] { 0.9f, 7.2f, 2.4f, 2.8f, 3.2f }, new boolean[] { true, false, false, false, false }, nulls(rows.size())));
		}
		if (n == 1) {
			p.add(new Text(Style.SUBBODY, Labels.get("meeting.none")));
		}
		p.add(item(item++, Labels.get("minutes.motions") + Labels.get("meeting.blank")));
		p.add(item(item++, Labels.get("minutes.adjourned") + Labels.get("meeting.blankTime")));
		p.add(new Text(Style.NOTE, Labels.format("meeting.generated", generated)));
		return p;
	}

	private static Text item(int n, String text) {
		return new Text(Style.ITEM, ChineseNumerals.format(n) + "、", text);
	}

	private static Text sub(int n, String text) {
		return new Text(Style.SUBITEM, "（" + ChineseNumerals.format(n) + "）", text);
	}

	private static List<ActionStatus> nulls(int n) {
		List<ActionStatus> list = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			list.add(null);
		}
		return list;
	}
}
