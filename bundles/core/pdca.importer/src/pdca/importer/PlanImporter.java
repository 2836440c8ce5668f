package pdca.importer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import pdca.importer.source.Block;
import pdca.importer.source.DocumentException;
import pdca.importer.source.Documents;
import pdca.importer.source.Origin;
import pdca.importer.source.SourceDocument;
import pdca.model.Action;
import pdca.model.Agency;
import pdca.model.AgencyType;
import pdca.model.Approval;
import pdca.model.Citation;
import pdca.model.Method;
import pdca.model.Objective;
import pdca.model.Organisation;
import pdca.model.PdcaFactory;
import pdca.model.Period;
import pdca.model.Plan;
import pdca.model.PlanSection;
import pdca.model.Strategy;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.io.PlanFiles;
import pdca.model.schedule.ChineseNumerals;
import pdca.model.schedule.RocDate;
import pdca.model.schedule.Schedule;

/**
 * Turns a plan document into a plan: the title with agency and ROC year, the adoption line,
 * the chapters (計畫依據 as citations, 目標, 實施對象, 期程, the strategies with their methods and
 * actions from numbered paragraphs or from tables with deadline, owner and benefit columns, and
 * every other chapter as a section). Each element remembers where it came from and how sure the
 * importer is; text it cannot place is listed, never dropped in silence.
 */
public final class PlanImporter {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private static final Pattern TITLE = Pattern
			.compile("^(.{2,40}?)(?:民國)?(\\d{2,3})年度?(.{0,40}?計畫)");
	private static final Pattern PUBLISHER = Pattern.compile("^(.{2,30}?)(編印|印製|編製)");
	private static final Pattern ADOPTION = Pattern.compile(
			"(?:中華民國)?(\\d{2,3})年(\\d{1,2})月(\\d{1,2})日[^。]{0,20}?([\\p{IsHan}]{1,10}字第[0-9A-Za-z]{4,20}號)[^。]{0,12}?(?:核定|訂定|核准|修正)");
	private static final Pattern CN_DATE_NUMBER = Pattern.compile("([一二三四五六七八九十○〇零０-９0-9]{1,4})(?=[年月日])");
	private static final Pattern FULL_DATE = Pattern.compile("(\\d{2,3})?年?(\\d{1,2})月(?:(\\d{1,2})日)?");
	private static final Pattern DURATION = Pattern.compile("為期\\s*([一二三四五六七八九十0-9]{1,3})\\s*年");

	/** What a chapter holds, told by its heading. */
	enum Chapter {
		BASIS("依據"), PERIOD("期程", "期間", "實施期限"), OBJECTIVES("目標"), TARGET("對象"),
		STRUCTURE("策略", "計畫內容", "實施內容", "執行內容", "工作項目", "實施要項", "推動作法", "方法", "內容"), OTHER;

		final String[] words;

		Chapter(String... words) {
			this.words = words;
		}

		static Chapter of(String heading) {
			for (Chapter c : values()) {
				for (String w : c.words) {
					if (heading.contains(w)) {
						return c;
					}
				}
			}
			return OTHER;
		}
	}

	private final SourceDocument source;
	private final boolean chinese = Locale.getDefault().getLanguage().equals("zh");
	private final Plan plan = F.createPlan();
	private final List<ImportResult.Placed> placed = new ArrayList<>();
	private final List<ImportResult.Unplaced> unplaced = new ArrayList<>();
	private final List<ImportResult.Finding> findings = new ArrayList<>();
	private final Map<String, Unit> units = new LinkedHashMap<>();
	private final List<String> consumed = new ArrayList<>();
	private boolean structureSeen;
	/** The paragraph where the chapter after the one being read starts. */
	private int nextChapter = Integer.MAX_VALUE;
	/** The paragraph of each of the source's blocks, and whether they come in that order. */
	private int[] paragraphs;
	private boolean inOrder = true;

	private PlanImporter(SourceDocument source) {
		this.source = source;
	}

	/** Reads and recognises {@code file}. */
	public static ImportResult importFile(Path file) throws DocumentException {
		return recognise(Documents.read(file));
	}

	/** Recognises the plan in a document already read. */
	public static ImportResult recognise(SourceDocument source) {
		return new PlanImporter(source).run();
	}

	private ImportResult run() {
		plan.setFormatVersion(pdca.model.io.PlanFormat.CURRENT_VERSION);
		Organisation organisation = F.createOrganisation();
		plan.setOrganisation(organisation);
		Paragraphs paragraphs = new Paragraphs(source);
		List<Paragraphs.Item> items = paragraphs.items;
		int first = 0;
		while (first < items.size() && !isChapterStart(items.get(first))) {
			first++;
		}
		header(items.subList(0, first));
		int i = first;
		while (i < items.size()) {
			int end = i + 1;
			while (end < items.size() && !isChapterStart(items.get(end))) {
				end++;
			}
			nextChapter = end < items.size() ? items.get(end).origin().paragraph() : Integer.MAX_VALUE;
			chapter(items.get(i), items.subList(i + 1, end));
			i = end;
		}
		if (!structureSeen) {
			finding("finding.noStructure", Origin.paragraph(0, 1));
		}
		boolean truncated = false;
		if (!items.isEmpty()) {
			Paragraphs.Item last = items.get(items.size() - 1);
			Marker m = last.table() == null ? last.marker() : null;
			// a document ends with a sentence; an item begun and not finished, or a long open line, is cut off
			if (last.table() == null && !Texts.endsClause(last.text())
					&& (last.text().strip().length() > 16 || m != null && m.kind() != Marker.Kind.CHAPTER)) {
				truncated = true;
				finding("finding.truncated", last.origin(), shortText(last.text()));
			}
		}
		PlanFiles.ensureIds(plan);
		return new ImportResult(source, plan, List.copyOf(placed), List.copyOf(unplaced), List.copyOf(findings),
				List.copyOf(consumed), truncated);
	}

	private static boolean isChapterStart(Paragraphs.Item item) {
		if (item.table() != null) {
			return false;
		}
		Marker m = item.marker();
		if (m != null && m.kind() == Marker.Kind.CHAPTER || Paragraphs.APPENDIX.matcher(item.text()).find()) {
			return true;
		}
		return item.headingLevel() == 1 && Chapter.of(item.text()) != Chapter.OTHER;
	}

	// --- the title page -------------------------------------------------------------------

	private void header(List<Paragraphs.Item> items) {
		StringBuilder all = new StringBuilder();
		Origin origin = items.isEmpty() ? Origin.paragraph(0, 1) : items.get(0).origin();
		for (Paragraphs.Item item : items) {
			if (item.table() != null) {
				unplacedTable(item.table());
			} else {
				all.append(item.text().strip());
			}
		}
		String text = Texts.clean(all.toString());
		Matcher publisher = PUBLISHER.matcher(text);
		if (publisher.find()) {
			unplaced.add(new ImportResult.Unplaced(publisher.group(), origin));
			text = text.substring(publisher.end());
		}
		Matcher title = TITLE.matcher(text);
		Agency agency = F.createAgency();
		plan.setAgency(agency);
		if (title.find()) {
			String agencyName = title.group(1).strip();
			agency.setName(agencyName);
			agency.setType(agencyType(agencyName));
			plan.setRocYear(Integer.parseInt(title.group(2)));
			plan.setTitle(title.group().strip());
			placed(plan, origin, 0.9, "title");
			String rest = text.substring(title.end()).strip();
			Matcher adoption = ADOPTION.matcher(rest);
			if (adoption.find()) {
				Approval approval = F.createApproval();
				approval.setDate(date(adoption.group(1), adoption.group(2), adoption.group(3)));
				approval.setDocumentNumber(adoption.group(4));
				plan.setApproval(approval);
				placed(approval, origin, 0.85, "approval");
				rest = (rest.substring(0, adoption.start()) + rest.substring(adoption.end())).strip();
			}
			if (!rest.isBlank() && !rest.matches("[（()）\\s]*")) {
				unplaced.add(new ImportResult.Unplaced(rest, origin));
			}
		} else {
			agency.setType(AgencyType.OTHER);
			if (!text.isBlank()) {
				plan.setTitle(text.length() > 80 ? text.substring(0, 80) : text);
				placed(plan, origin, 0.4, "title");
			}
			finding("finding.noTitle", origin);
		}
		plan.setTemplateId(templateFor(agency.getType()));
	}

	private static AgencyType agencyType(String name) {
		if (name.contains("選舉委員會")) {
			return AgencyType.ELECTION_COMMISSION;
		}
		if (name.contains("戶政")) {
			return AgencyType.HOUSEHOLD_REGISTRATION_OFFICE;
		}
		if (name.contains("監理")) {
			return AgencyType.MOTOR_VEHICLE_STATION;
		}
		if (name.contains("計畫處") || name.contains("研考") || name.contains("計畫室")) {
			return AgencyType.COUNTY_PLANNING_DEPARTMENT;
		}
		return AgencyType.OTHER;
	}

	/** The template the plan's agency type suggests, as the workbench's template plug-ins name them. */
	public static String templateFor(AgencyType type) {
		return switch (type) {
		case ELECTION_COMMISSION -> "election-commission";
		case HOUSEHOLD_REGISTRATION_OFFICE -> "household-registration-office";
		case MOTOR_VEHICLE_STATION -> "motor-vehicle-station";
		case COUNTY_PLANNING_DEPARTMENT -> "county-planning-department";
		default -> null;
		};
	}

	// --- chapters -------------------------------------------------------------------------

	private void chapter(Paragraphs.Item start, List<Paragraphs.Item> body) {
		Marker m = start.marker();
		String line = Texts.clean(m != null && m.kind() == Marker.Kind.CHAPTER ? m.rest() : start.text());
		String heading = line;
		String inline = "";
		int colon = indexOfColon(line);
		if (colon >= 0) {
			heading = line.substring(0, colon).strip();
			inline = line.substring(colon + 1).strip();
		} else if (!Paragraphs.headingOnly(line)) {
			// a chapter that is one sentence, e.g. 「柒、本計畫如有未盡事宜，得依實際需要修正或另行補充辦理。」
			inline = "";
		}
		Chapter kind = Chapter.of(heading);
		if (kind == Chapter.STRUCTURE && structureSeen) {
			kind = Chapter.OTHER;
		}
		if (kind != Chapter.OTHER && kind != Chapter.STRUCTURE && heading.length() > 16) {
			kind = Chapter.OTHER;
		}
		List<Paragraphs.Item> content = new ArrayList<>();
		if (!inline.isEmpty()) {
			content.add(new Paragraphs.Item(inline, start.origin(), 0, null, false));
		}
		content.addAll(body);
		if (kind != Chapter.OTHER) {
			consumed.add(heading);
		}
		switch (kind) {
		case BASIS -> basis(heading, start.origin(), content);
		case PERIOD -> period(heading, start.origin(), content);
		case OBJECTIVES -> objectives(heading, start.origin(), content);
		case TARGET -> target(heading, start.origin(), content);
		case STRUCTURE -> {
			structureSeen = true;
			if (!inline.isEmpty() || body.isEmpty() || body.get(0).table() != null
					|| !Columns.read(this, lines(body.get(0).origin().paragraph(), nextChapter))) {
				new Structure(this).read(content);
			}
		}
		default -> section(heading, start.origin(), content);
		}
	}

	private static int indexOfColon(String s) {
		int a = s.indexOf('：');
		int b = s.indexOf(':');
		int i = a < 0 ? b : b < 0 ? a : Math.min(a, b);
		return i >= 0 && i <= 20 ? i : -1;
	}

	private void basis(String heading, Origin origin, List<Paragraphs.Item> content) {
		String text = Texts.clean(joined(content, ""));
		List<Citations.Cited> cited = Citations.parse(text);
		if (cited.isEmpty()) {
			section(heading, origin, content);
			finding("finding.noCitation", origin);
			return;
		}
		for (Citations.Cited c : cited) {
			Citation citation = F.createCitation();
			citation.setIssuer(c.issuer());
			citation.setDate(c.date());
			citation.setDocumentNumber(c.documentNumber());
			citation.setTitle(c.title());
			citation.setRemark(c.remark());
			plan.getBasis().add(citation);
			placed(citation, originAt(content, origin), 0.5 + 0.1 * c.completeness(), "citation");
			String issuer = c.issuer() == null && c.title() != null ? Citations.issuerInTitle(c.title()) : null;
			if (issuer != null) {
				// 「交通部公路總局提升服務品質執行計畫」: the agency that names its own document; to be checked
				citation.setIssuer(issuer);
				doubt(citation, 0.6, "issuer read from the title");
			}
		}
	}

	private void period(String heading, Origin origin, List<Paragraphs.Item> content) {
		String text = Texts.clean(joined(content, ""));
		Period period = F.createPeriod();
		period.setText(text);
		String digits = CN_DATE_NUMBER.matcher(text).replaceAll(r -> {
			try {
				return Integer.toString(ChineseNumerals.parse(r.group(1)));
			} catch (RuntimeException e) {
				return r.group(1);
			}
		});
		List<LocalDate> starts = new ArrayList<>();
		List<LocalDate> ends = new ArrayList<>();
		Matcher m = FULL_DATE.matcher(digits);
		Integer year = plan.getRocYear() > 0 ? plan.getRocYear() : null;
		while (m.find()) {
			if (m.group(1) != null) {
				year = Integer.valueOf(m.group(1));
			}
			if (year == null) {
				continue;
			}
			int month = Integer.parseInt(m.group(2));
			if (month < 1 || month > 12) {
				continue;
			}
			YearMonth ym = YearMonth.of(RocDate.toGregorian(year), month);
			int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
			if (day > ym.lengthOfMonth()) {
				continue;
			}
			starts.add(day > 0 ? ym.atDay(day) : ym.atDay(1));
			ends.add(day > 0 ? ym.atDay(day) : ym.atEndOfMonth());
		}
		double confidence = 0.5;
		if (!starts.isEmpty()) {
			period.setStart(starts.get(0));
			if (ends.size() >= 2) {
				period.setEnd(ends.get(ends.size() - 1));
				confidence = 0.9;
			} else {
				Matcher duration = DURATION.matcher(digits);
				if (duration.find()) {
					int years = number(duration.group(1));
					if (years > 0) {
						period.setEnd(starts.get(0).plusYears(years).minusDays(1));
						confidence = 0.85;
					}
				}
			}
		}
		plan.setPeriod(period);
		placed(period, originAt(content, origin), confidence, "period");
	}

	private void objectives(String heading, Origin origin, List<Paragraphs.Item> content) {
		for (Paragraphs.Item item : content) {
			if (item.table() != null) {
				unplacedTable(item.table());
				continue;
			}
			Marker m = item.marker();
			String text = Texts.clean(m != null ? m.rest() : item.text());
			if (text.isEmpty()) {
				continue;
			}
			Objective objective = F.createObjective();
			objective.setText(text);
			plan.getObjectives().add(objective);
			placed(objective, item.origin(), m != null ? 0.9 : 0.8, "objective");
		}
	}

	private void target(String heading, Origin origin, List<Paragraphs.Item> content) {
		String text = Texts.clean(joined(content, ""));
		if (text.isEmpty()) {
			return;
		}
		plan.setTargetDescription(text);
		Unit unit = unit(Texts.withoutFinalStop(text));
		plan.getTargetUnits().add(unit);
		placed(unit, originAt(content, origin), 0.8, "target");
	}

	void section(String heading, Origin origin, List<Paragraphs.Item> content) {
		PlanSection section = F.createPlanSection();
		section.setHeading(heading);
		StringBuilder body = new StringBuilder();
		for (Paragraphs.Item item : content) {
			if (!body.isEmpty()) {
				body.append('\n');
			}
			if (item.table() != null) {
				body.append(tableText(item.table()));
			} else {
				body.append(Texts.clean(item.text()));
			}
		}
		section.setBody(body.toString());
		plan.getSections().add(section);
		placed(section, origin, 0.9, "section");
		Grades.read(this, heading, content);
		if (!content.isEmpty() && section.getBody().contains("配分")) {
			Forms.read(this, blocks(content.get(0).origin().paragraph(), nextChapter));
		}
	}

	// --- shared with Structure ------------------------------------------------------------

	/** The source's paragraphs from paragraph {@code from} up to (not including) {@code to}, as read. */
	List<Block.Paragraph> lines(int from, int to) {
		List<Block.Paragraph> lines = new ArrayList<>();
		for (Block b : source.blocks()) {
			int n = b.origin().paragraph();
			if (n >= from && n < to && b instanceof Block.Paragraph p) {
				lines.add(p);
			}
		}
		return lines;
	}

	/** The source's paragraphs and tables from paragraph {@code from} up to (not including) {@code to}. */
	List<Block> blocks(int from, int to) {
		List<Block> all = source.blocks();
		if (paragraphs == null) {
			paragraphs = new int[all.size()];
			for (int i = 0; i < paragraphs.length; i++) {
				paragraphs[i] = all.get(i).origin().paragraph();
				inOrder &= i == 0 || paragraphs[i] >= paragraphs[i - 1];
			}
		}
		// blocks in the order of their paragraphs (as every reader gives them): found by halving, so
		// that a document of many chapters is not read over once for each
		int first = 0;
		if (inOrder) {
			int hi = paragraphs.length;
			while (first < hi) {
				int mid = (first + hi) >>> 1;
				if (paragraphs[mid] < from) {
					first = mid + 1;
				} else {
					hi = mid;
				}
			}
		}
		List<Block> blocks = new ArrayList<>();
		for (int i = first; i < paragraphs.length; i++) {
			if (paragraphs[i] >= from && paragraphs[i] < to) {
				blocks.add(all.get(i));
			} else if (inOrder && paragraphs[i] >= to) {
				break;
			}
		}
		return blocks;
	}

	Plan plan() {
		return plan;
	}

	/** Text whose words the plan's structure replaces (a table's column names, a repeated merged cell). */
	void heading(String text) {
		consumed.add(text);
	}

	Unit unit(String name) {
		String key = Texts.clean(name);
		return units.computeIfAbsent(key, k -> {
			Unit u = F.createUnit();
			u.setName(k);
			plan.getOrganisation().getUnits().add(u);
			return u;
		});
	}

	void placed(EObject element, Origin origin, double confidence, String why) {
		placed.add(new ImportResult.Placed(element, origin, Math.min(1, confidence), why));
	}

	/** Lowers the confidence of an element already placed, saying why. */
	void doubt(EObject element, double confidence, String why) {
		for (int i = 0; i < placed.size(); i++) {
			ImportResult.Placed p = placed.get(i);
			if (p.element() == element) {
				placed.set(i, new ImportResult.Placed(element, p.origin(), Math.min(p.confidence(), confidence),
						p.why() + "; " + why));
				return;
			}
		}
	}

	void unplaced(String text, Origin origin) {
		if (!text.isBlank()) {
			unplaced.add(new ImportResult.Unplaced(Texts.clean(text), origin));
		}
	}

	void unplacedTable(Block.Table table) {
		for (List<Block.Cell> row : table.rows()) {
			for (Block.Cell cell : row) {
				if (cell != null) {
					unplaced(cell.text(), cell.origin());
				}
			}
		}
	}

	void finding(String key, Origin origin, Object... args) {
		findings.add(new ImportResult.Finding(ImportMessages.format(key, args), origin));
	}

	static String tableText(Block.Table table) {
		StringBuilder b = new StringBuilder();
		for (List<Block.Cell> row : table.rows()) {
			StringBuilder line = new StringBuilder();
			for (Block.Cell cell : row) {
				if (cell != null && !cell.text().isBlank()) {
					if (!line.isEmpty()) {
						line.append(" | ");
					}
					line.append(Texts.clean(cell.text().replace('\n', ' ')));
				}
			}
			if (!line.isEmpty()) {
				if (!b.isEmpty()) {
					b.append('\n');
				}
				b.append(line);
			}
		}
		return b.toString();
	}

	private static String joined(List<Paragraphs.Item> content, String separator) {
		StringBuilder b = new StringBuilder();
		for (Paragraphs.Item item : content) {
			if (item.table() != null) {
				b.append(separator).append(tableText(item.table()));
			} else {
				if (!b.isEmpty()) {
					b.append(separator);
				}
				b.append(item.text().strip());
			}
		}
		return b.toString();
	}

	private static Origin originAt(List<Paragraphs.Item> content, Origin otherwise) {
		return content.isEmpty() ? otherwise : content.get(0).origin();
	}

	static String shortText(String text) {
		String s = Texts.clean(text);
		return s.length() > 40 ? "…" + s.substring(s.length() - 40) : s;
	}

	private static int number(String s) {
		try {
			return ChineseNumerals.parse(s);
		} catch (RuntimeException e) {
			return 0;
		}
	}

	private static LocalDate date(String y, String m, String d) {
		try {
			return LocalDate.of(RocDate.toGregorian(Integer.parseInt(y)), Integer.parseInt(m), Integer.parseInt(d));
		} catch (RuntimeException e) {
			return null;
		}
	}

	static Schedule schedule(String text) {
		try {
			return Schedule.parse(Texts.clean(text));
		} catch (RuntimeException e) {
			return null;
		}
	}

	static void setNumber(WorkItem item, int number) {
		if (number > 0) {
			item.setNumber(number);
		}
	}

	static Map<Marker.Kind, Integer> newLevels() {
		return new EnumMap<>(Marker.Kind.class);
	}

	static Strategy newStrategy() {
		return F.createStrategy();
	}

	static Method newMethod() {
		return F.createMethod();
	}

	static Action newAction() {
		return F.createAction();
	}

	boolean chinese() {
		return chinese;
	}
}
