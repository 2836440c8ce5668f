package pdca.model.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pdca.model.io.UserMessages.EN;
import static pdca.model.io.UserMessages.ZH_TW;
import static pdca.model.io.UserMessages.assertChinese;
import static pdca.model.io.UserMessages.assertMessageOf;
import static pdca.model.io.UserMessages.inLocale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import pdca.model.Action;
import pdca.model.ActionStatus;
import pdca.model.Approval;
import pdca.model.ChoiceItem;
import pdca.model.Decision;
import pdca.model.EvaluationForm;
import pdca.model.EvaluationRecord;
import pdca.model.Evidence;
import pdca.model.Finding;
import pdca.model.FormItem;
import pdca.model.Identified;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.ItemAnswer;
import pdca.model.Kpi;
import pdca.model.KpiDirection;
import pdca.model.KpiFrequency;
import pdca.model.Measurement;
import pdca.model.Method;
import pdca.model.PdcaFactory;
import pdca.model.Person;
import pdca.model.Plan;
import pdca.model.ProgressReport;
import pdca.model.ReviewMeeting;
import pdca.model.Unit;
import pdca.model.WorkItem;
import pdca.model.logic.PlanStructure;
import pdca.model.schedule.Schedule;
import pdca.model.seeds.Seed;
import pdca.test.support.PlanBuilder;

/** Saving plans: nothing is lost or renamed, and a failed save never damages the file already on disk. */
class PlanSaveTest {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(Seed.class)
	void seedSurvivesSaveAndLoadUnchanged(Seed seed) throws PlanFileException {
		Plan plan = seed.load();
		Plan untouched = seed.load();
		Path file = dir.resolve("copy.pdca");
		PlanFiles.save(plan, file);
		Plan reloaded = PlanFiles.load(file);
		assertTrue(EcoreUtil.equals(untouched, reloaded), "everything survives the round trip");
		assertEquals(ids(untouched), ids(reloaded), "every element keeps its id");
		assertEquals(scheduleTexts(untouched), scheduleTexts(reloaded), "deadlines keep their wording");
	}

	@ParameterizedTest
	@EnumSource(Seed.class)
	void savingAnUnchangedPlanAgainWritesTheSameBytes(Seed seed) throws Exception {
		Path first = dir.resolve("first.pdca");
		Path second = dir.resolve("second.pdca");
		PlanFiles.save(seed.load(), first);
		PlanFiles.save(PlanFiles.load(first), second);
		assertEquals(Files.readString(first, StandardCharsets.UTF_8), Files.readString(second, StandardCharsets.UTF_8),
				"opening a saved plan and saving it without change must not change the file (no noise in version control)");
	}

	@Test
	void everyKindOfContentSurvivesSaveAndLoad() throws PlanFileException {
		Plan plan = Seed.ELECTION_105.load();
		fillEveryCorner(plan);
		Path file = dir.resolve("full.pdca");
		PlanFiles.save(plan, file);
		Map<String, String> idsBefore = ids(plan);

		Plan reloaded = PlanFiles.load(file);
		assertTrue(EcoreUtil.equals(plan, reloaded), "everything survives the round trip");
		assertEquals(idsBefore, ids(reloaded));
		assertEquals(scheduleTexts(plan), scheduleTexts(reloaded));

		// spot checks a planning officer would look at
		Method method = PlanStructure.methods(reloaded).get(0);
		Action action = method.getActions().get(0);
		assertEquals("年底前視情況辦理", action.getSchedule().text());
		assertFalse(action.getSchedule().isParsed());
		assertTrue(action.isCarriedOver());
		ProgressReport report = reloaded.getProgressReports().get(0);
		assertSame(action, report.getAction(), "the report still points at its action");
		assertEquals(ActionStatus.ON_TRACK, report.getStatus());
		assertEquals(LocalDate.of(2016, 4, 8), report.getReportedOn());
		ImprovementAction improvement = reloaded.getReviewMeetings().get(0).getImprovementActions().get(0);
		assertSame(reloaded.getReviewMeetings().get(0).getFindings().get(0), improvement.getFinding());
		assertEquals("行政室", improvement.getOwner().getName());
		EvaluationRecord record = reloaded.getEvaluationRecords().get(0);
		assertSame(reloaded.getEvaluationForms().get(2), record.getForm());
		assertSame(reloaded.getEvaluationForms().get(2).getRules().get(0), record.getAppliedRules().get(0));
		assertEquals(Boolean.FALSE, record.getAnswers().get(0).getChecked(), "a 'no' answer is kept as no, not as unanswered");
		assertEquals(9.0, record.getAnswers().get(1).getPoints());
		assertEquals("語調謙和、熱誠。", record.getAnswers().get(1).getChoice().getText());
		assertTrue(record.getAnswers().get(2).isNotApplicable());
		Kpi kpi = method.getKpis().get(0);
		assertEquals(Double.valueOf(3.0), kpi.getTarget());
		assertEquals(KpiDirection.LOWER_IS_BETTER, kpi.getDirection());
		assertEquals(2, kpi.getMeasurements().size());
	}

	@Test
	void newElementsGetIdsWhenSavedAndKeepThem() throws PlanFileException {
		Plan plan = PlanBuilder.plan().title("新計畫").rocYear(108).strategy("策略").method("方法").build();
		assertTrue(plan.getId() == null, "no id before saving");

		Path file = dir.resolve("new.pdca");
		PlanFiles.save(plan, file);
		Map<String, String> ids = ids(plan);
		assertEquals(3, ids.size());
		ids.keySet().forEach(id -> assertFalse(id.isBlank()));

		Plan reloaded = PlanFiles.load(file);
		assertEquals(ids, ids(reloaded));
		assertEquals(PlanFormat.CURRENT_VERSION, reloaded.getFormatVersion());
		assertTrue(reloaded.isSetFormatVersion(), "the file records its format version");

		PlanFiles.save(reloaded, file);
		assertEquals(ids, ids(PlanFiles.load(file)), "saving again does not renumber anything");
	}

	@Test
	void saveReplacesTheFileInsteadOfWritingIntoIt() throws Exception {
		Path file = dir.resolve("plan.pdca");
		Files.copy(Seed.ELECTION_100.file(), file);
		byte[] before = Files.readAllBytes(file);
		Path link = dir.resolve("hard-link.pdca");
		Files.createLink(link, file);
		Object inode = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

		Plan plan = PlanFiles.load(file);
		plan.setTitle(plan.getTitle() + "（修正）");
		PlanFiles.save(plan, file);

		assertNotEquals(inode, Files.readAttributes(file, BasicFileAttributes.class).fileKey(),
				"a new file was renamed over the old one");
		assertArrayEquals(before, Files.readAllBytes(link), "the old file's bytes were never overwritten in place");
		assertTrue(PlanFiles.load(file).getTitle().endsWith("（修正）"));
		assertEquals(List.of("hard-link.pdca", "plan.pdca"), folderContents(), "no temporary file left");
	}

	@Test
	void saveKeepsTheFilesPermissions() throws Exception {
		Path file = dir.resolve("shared.pdca");
		Files.copy(Seed.ELECTION_100.file(), file);
		Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
		Files.setPosixFilePermissions(file, shared);

		PlanFiles.save(PlanFiles.load(file), file);

		assertEquals(shared, Files.getPosixFilePermissions(file),
				"colleagues who could read and write the plan still can after it was saved");
	}

	@Test
	void newPlanFileGetsTheSamePermissionsAsAnyNewFile() throws Exception {
		Path other = Files.createFile(dir.resolve("note.txt"));
		Path file = dir.resolve("new.pdca");
		PlanFiles.save(Seed.ELECTION_100.load(), file);
		assertEquals(Files.getPosixFilePermissions(other), Files.getPosixFilePermissions(file));
	}

	@Test
	void strayUnitIsRefusedBeforeAnythingIsWrittenNamingWhoRefersToIt() throws Exception {
		Path file = dir.resolve("plan.pdca");
		Files.copy(Seed.PLANNING_107.file(), file);
		byte[] before = Files.readAllBytes(file);

		Plan plan = PlanFiles.load(file);
		Unit stray = F.createUnit(); // a unit that belongs to no organisation and no file: it cannot be written
		stray.setName("臨時編組");
		PlanStructure.methods(plan).get(0).setLeadOwner(stray);

		for (var locale : new java.util.Locale[] { EN, ZH_TW }) {
			PlanFileException e = inLocale(locale, () -> assertThrows(PlanFileException.class, () -> PlanFiles.save(plan, file)));
			assertEquals(file, e.file());
			String where = assertMessageOf(locale, "save.outsideReference", e.getMessage());
			assertTrue(where.startsWith("一、（一）"), "names who refers to the stray unit: " + where);
			UserMessages.assertReadable(e.getMessage());
			if (locale == ZH_TW) {
				assertChinese(e.getMessage());
			}
		}
		assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is untouched");
		assertEquals(List.of("plan.pdca"), folderContents(), "no temporary file left");
	}

	@Test
	void ownerDeletedFromTheOrganisationIsNotSavedAsABrokenLink() throws Exception {
		Path file = dir.resolve("plan.pdca");
		Files.copy(Seed.PLANNING_107.file(), file);
		byte[] before = Files.readAllBytes(file);
		Plan plan = PlanFiles.load(file);
		// 本府各科 is deleted on the organisation page while 五、（一） still names it as its owner
		Unit deleted = plan.getOrganisation().getUnits().remove(5);
		assertEquals("本府各科", deleted.getName());

		PlanFileException e = inLocale(EN, () -> assertThrows(PlanFileException.class, () -> PlanFiles.save(plan, file)));
		String where = assertMessageOf(EN, "save.outsideReference", e.getMessage());
		assertTrue(where.startsWith("五、（一）"), where);
		assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is untouched");
		assertEquals(List.of("plan.pdca"), folderContents(), "no temporary file left");
		// had it been written, the file could not have been opened again
		PlanStructure.methods(plan).stream().filter(m -> m.getLeadOwner() == deleted)
				.forEach(m -> m.setLeadOwner(plan.getOrganisation().getUnits().get(4)));
		PlanFiles.save(plan, file);
		assertEquals("本處各科", PlanStructure.strategies(PlanFiles.load(file)).get(4).getMethods().get(0).getLeadOwner().getName());
	}

	@Test
	void temporaryFileThatCannotBeCreatedLeavesTheOldFileAsItWas() throws Exception {
		// a name so long that no longer sibling name can exist next to it: the temporary file cannot be made
		Path file = dir.resolve("計".repeat(80) + ".pdca"); // 80 × 3 bytes + 5 = 245 bytes, within the 255 allowed
		Files.copy(Seed.ELECTION_100.file(), file);
		byte[] before = Files.readAllBytes(file);
		Plan plan = PlanFiles.load(file);
		plan.setTitle("改過的標題");

		PlanFileException e = inLocale(EN, () -> assertThrows(PlanFileException.class, () -> PlanFiles.save(plan, file)));
		assertEquals(file, e.file());
		assertMessageOf(EN, "save.failed", e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is untouched");
		assertEquals(List.of(file.getFileName().toString()), folderContents(), "no temporary file left");
	}

	@Test
	void renameThatFailsRemovesTheWrittenTemporaryFile() throws Exception {
		// the target is a folder with content: the plan is written to the temporary file, then the rename fails
		Path target = Files.createDirectory(dir.resolve("plan.pdca"));
		Path inside = Files.writeString(target.resolve("keep.txt"), "不可遺失");

		PlanFileException e = inLocale(EN,
				() -> assertThrows(PlanFileException.class, () -> PlanFiles.save(Seed.ELECTION_100.load(), target)));
		assertMessageOf(EN, "save.failed", e.getMessage());
		assertEquals("不可遺失", Files.readString(inside));
		assertEquals(List.of("plan.pdca"), folderContents(), "no temporary file left");
	}

	@Test
	void aDiskThatFillsUpHalfwayThroughTheSaveLeavesTheOldFileAsItWas() throws Exception {
		Path file = dir.resolve("plan.pdca");
		Files.copy(Seed.MOTOR_VEHICLE_106.file(), file);
		byte[] before = Files.readAllBytes(file);
		Plan plan = PlanFiles.load(file);
		plan.setTitle(plan.getTitle() + "（修正）");
		FaultyDisk disk = new FaultyDisk(dir, FaultyDisk.Fault.FULL, before.length / 2);

		Path onDisk = disk.path("plan.pdca");
		PlanFileException e = inLocale(EN, () -> assertThrows(PlanFileException.class, () -> PlanFiles.save(plan, onDisk)));
		assertEquals(before.length / 2, disk.written(), "half the new plan was written when the disk was full");
		assertEquals(onDisk, e.file());
		assertTrue(assertMessageOf(EN, "save.failed", e.getMessage()).contains("No space left on device"), e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is as it was, byte for byte");
		assertEquals(List.of("plan.pdca"), folderContents(), "no temporary file left");

		e = inLocale(ZH_TW, () -> assertThrows(PlanFileException.class, () -> PlanFiles.save(plan, onDisk)));
		assertMessageOf(ZH_TW, "save.failed", e.getMessage());
		assertChinese(e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void aFailingForceToDiskLeavesTheOldFileAsItWas() throws Exception {
		Path file = dir.resolve("plan.pdca");
		Files.copy(Seed.MOTOR_VEHICLE_106.file(), file);
		byte[] before = Files.readAllBytes(file);
		Plan plan = PlanFiles.load(file);
		plan.setTitle(plan.getTitle() + "（修正）");
		FaultyDisk disk = new FaultyDisk(dir, FaultyDisk.Fault.FILE_SYNC, 0);

		PlanFileException e = inLocale(EN, () -> assertThrows(PlanFileException.class, () -> PlanFiles.save(plan, disk.path("plan.pdca"))));
		assertTrue(assertMessageOf(EN, "save.failed", e.getMessage()).contains("Input/output error"), e.getMessage());
		assertTrue(disk.written() > before.length / 2, "the whole new plan was written, then could not be forced to disk");
		assertTrue(disk.events().stream().noneMatch(event -> event.startsWith("move")), "nothing unforced took the plan's name");
		assertArrayEquals(before, Files.readAllBytes(file), "the file on disk is as it was, byte for byte");
		assertEquals(List.of("plan.pdca"), folderContents(), "no temporary file left");
	}

	@Test
	void theNewFileIsOnDiskBeforeItTakesTheNameAndTheFolderAfter() throws Exception {
		Path folder = Files.createDirectory(dir.resolve("plans"));
		Files.copy(Seed.MOTOR_VEHICLE_106.file(), folder.resolve("plan.pdca"));
		FaultyDisk disk = new FaultyDisk(dir, FaultyDisk.Fault.NONE, 0);
		PlanFiles.save(PlanFiles.load(folder.resolve("plan.pdca")), disk.path("plans/plan.pdca"));

		List<String> events = disk.events();
		assertEquals(4, events.size(), events::toString);
		assertTrue(events.get(0).matches("write \\.plan\\.pdca\\.\\d+\\.tmp"), events::toString);
		String temporary = events.get(0).substring("write ".length());
		assertEquals(List.of("write " + temporary, "force " + temporary, "move " + temporary + " -> plan.pdca", "force folder plans"),
				events, "written, forced to disk, renamed, and the rename forced to disk");
	}

	@Test
	void aFolderThatCannotBeForcedToDiskStillGetsTheNewFile() throws Exception {
		// where a folder cannot be forced (Windows; some network file systems) the rename has happened all the same
		Path file = dir.resolve("plan.pdca");
		Files.copy(Seed.ELECTION_100.file(), file);
		Plan plan = PlanFiles.load(file);
		plan.setTitle("改過的標題");
		PlanFiles.save(plan, new FaultyDisk(dir, FaultyDisk.Fault.FOLDER_SYNC, 0).path("plan.pdca"));
		assertEquals("改過的標題", PlanFiles.load(file).getTitle());
		assertEquals(List.of("plan.pdca"), folderContents());
	}

	@Test
	void temporaryFilesAKilledSaveLeftAreRemovedByTheNextSaveOrLoadOnceStale() throws Exception {
		Path file = dir.resolve("plan.pdca");
		Files.copy(Seed.ELECTION_100.file(), file);
		FileTime twoMinutesAgo = FileTime.from(Instant.now().minusSeconds(120));
		Path stale = Files.write(dir.resolve(".plan.pdca.8817265310007462919.tmp"), new byte[1 << 20]);
		Files.setLastModifiedTime(stale, twoMinutesAgo);
		Path otherPlans = Files.write(dir.resolve(".other.pdca.42.tmp"), new byte[10]);
		Files.setLastModifiedTime(otherPlans, twoMinutesAgo);
		Path fresh = Files.write(dir.resolve(".plan.pdca.123.tmp"), new byte[10]); // another save may be writing it
		Path notOurs = Files.write(dir.resolve(".cache.tmp"), new byte[10]);
		Path notOursEither = Files.write(dir.resolve("plan.pdca.123.tmp"), new byte[10]);
		for (Path p : List.of(notOurs, notOursEither)) {
			Files.setLastModifiedTime(p, twoMinutesAgo);
		}

		PlanFiles.save(PlanFiles.load(file), file);
		assertEquals(List.of(".cache.tmp", ".plan.pdca.123.tmp", "plan.pdca", "plan.pdca.123.tmp"), folderContents(),
				"the stale temporary files of saves are gone; a fresh one and other programs' files stay");

		// a minute later, loading a plan of the folder removes the one left
		Files.setLastModifiedTime(fresh, twoMinutesAgo);
		PlanFiles.load(file);
		assertEquals(List.of(".cache.tmp", "plan.pdca", "plan.pdca.123.tmp"), folderContents());
	}

	@Test
	void aTemporaryFileStillLockedByItsWriterIsKeptHoweverOld() throws Exception {
		Path file = dir.resolve("plan.pdca");
		Files.copy(Seed.ELECTION_100.file(), file);
		Path writing = Files.write(dir.resolve(".plan.pdca.77.tmp"), new byte[10]);
		Files.setLastModifiedTime(writing, FileTime.from(Instant.now().minusSeconds(3600)));
		try (FileChannel writer = FileChannel.open(writing, StandardOpenOption.WRITE); FileLock lock = writer.lock()) {
			PlanFiles.load(file);
			assertTrue(Files.exists(writing), "a writer that stalled for an hour still holds its file");
		}
		PlanFiles.load(file);
		assertFalse(Files.exists(writing), "once its writer let go, it is stale");
	}

	@Test
	void charactersAPlanFileCannotHoldAreLeftOutAndTheFileReadsBack() throws Exception {
		Path file = dir.resolve("pasted.pdca");
		Plan plan = Seed.ELECTION_105.load();
		// pasted from a spreadsheet or typed on the command line: invisible, and XML 1.0 has no way to write them
		plan.setTitle("基隆市選舉委員會\u0001105年度\u0000提升服務品質\u001B執行計畫");
		plan.getAgency().setName("基隆市選舉委員會\uFFFF");
		Method method = PlanStructure.methods(plan).get(0);
		method.setText("第一行\t（定位）\n第二行\u000B\u000C\uD800");
		method.setSchedule(Schedule.parse("107年\u000712月"));
		ReviewMeeting meeting = F.createReviewMeeting();
		meeting.getAttendees().add("王主任\u0002");
		meeting.getAttendees().add("王主任");
		meeting.getAttendees().add("李科長😀");
		plan.getReviewMeetings().add(meeting);

		PlanFiles.save(plan, file);

		Plan back = PlanFiles.load(file);
		assertEquals("基隆市選舉委員會105年度提升服務品質執行計畫", back.getTitle());
		assertEquals("基隆市選舉委員會", back.getAgency().getName());
		Method backMethod = PlanStructure.methods(back).get(0);
		assertEquals("第一行\t（定位）\n第二行", backMethod.getText(), "tab and line feed stay");
		assertEquals("107年12月", backMethod.getSchedule().text());
		assertTrue(backMethod.getSchedule().isParsed(), "the deadline is understood again");
		assertEquals(List.of("王主任", "李科長😀"), back.getReviewMeetings().get(back.getReviewMeetings().size() - 1).getAttendees());
		assertEquals(back.getTitle(), plan.getTitle(), "what is on screen is what is on disk");
		assertEquals(List.of("pasted.pdca"), folderContents(), "no temporary file left");
	}

	@Test
	void saveCreatesMissingFolders() throws Exception {
		Path file = dir.resolve("plans/108/new.pdca");
		PlanFiles.save(Seed.ELECTION_100.load(), file);
		assertEquals("嘉義縣選舉委員會", PlanFiles.load(file).getAgency().getName());
	}

	private List<String> folderContents() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	/** Every id in the plan with the kind of element it names. */
	private static Map<String, String> ids(Plan plan) {
		Map<String, String> ids = new LinkedHashMap<>();
		ids.put(plan.getId(), "Plan");
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof Identified identified) {
				assertNotNull(identified.getId(), () -> identified.eClass().getName() + " has no id");
				ids.put(identified.getId(), identified.eClass().getName());
			}
		}
		return ids;
	}

	private static List<String> scheduleTexts(Plan plan) {
		java.util.ArrayList<String> texts = new java.util.ArrayList<>();
		for (TreeIterator<EObject> it = plan.eAllContents(); it.hasNext();) {
			if (it.next() instanceof WorkItem item && item.getSchedule() != null) {
				texts.add(item.getId() + "=" + item.getSchedule().text());
			}
		}
		return texts;
	}

	/** Fills every kind of element and attribute the format has, most of them without ids yet. */
	private static void fillEveryCorner(Plan plan) {
		Approval approval = F.createApproval();
		approval.setDate(LocalDate.of(2016, 2, 25));
		approval.setDocumentNumber("基選行字第1050000123號");
		plan.setApproval(approval);
		plan.setVersionLabel("核定版");
		plan.setPreviousPlanId("previous-plan-id");
		plan.setPreviousPlanPath("../104/keelung-city-election-commission.pdca");

		Unit office = plan.getOrganisation().getUnits().get(2); // 行政室
		Unit first = plan.getOrganisation().getUnits().get(0); // 第一組
		Unit desk = F.createUnit();
		desk.setName("服務台");
		desk.setShortName("服務台");
		desk.setParent(office);
		plan.getOrganisation().getUnits().add(desk);
		Person person = F.createPerson();
		person.setName("王小明");
		person.setJobTitle("科員");
		person.setUnit(office);
		person.setEmail("wang@example.gov.tw");
		person.setPhone("02-24201234");
		plan.getOrganisation().getPeople().add(person);

		Method method = PlanStructure.methods(plan).get(0);
		method.setLeadOwner(office);
		method.getCoOwners().add(first);
		method.setSchedule(Schedule.parse("3月、6月、9月、12月完成"));
		method.setExpectedBenefit("民眾洽公更便利");
		method.setDescription("內容說明");
		method.setNote("備註");
		Action action = F.createAction();
		action.setNumber(1);
		action.setText("更新服務台設施");
		action.setSchedule(Schedule.parse("年底前 視情況辦理"));
		action.setCarriedOver(true);
		method.getActions().add(action);
		Action second = F.createAction();
		second.setNumber(2);
		second.setText("設置哺乳室");
		second.setSchedule(Schedule.parse("105 年 6\n月"));
		method.getActions().add(second);

		Kpi kpi = F.createKpi();
		kpi.setName("陳情案件平均回復天數");
		kpi.setDefinition("回復日期減收件日期之平均");
		kpi.setUnit("天");
		kpi.setBaseline(4.5);
		kpi.setTarget(3.0);
		kpi.setDirection(KpiDirection.LOWER_IS_BETTER);
		kpi.setFrequency(KpiFrequency.QUARTERLY);
		for (int q = 1; q <= 2; q++) {
			Measurement m = F.createMeasurement();
			m.setRocYear(105);
			m.setQuarter(q);
			m.setValue(4.0 - q * 0.5);
			m.setNote("第" + q + "季");
			kpi.getMeasurements().add(m);
		}
		method.getKpis().add(kpi);

		ProgressReport report = F.createProgressReport();
		report.setAction(action);
		report.setRocYear(105);
		report.setQuarter(1);
		report.setStatus(ActionStatus.ON_TRACK);
		report.setProgress(40);
		report.setNarrative("已採購座椅");
		report.setReportedBy("王小明");
		report.setReportedOn(LocalDate.of(2016, 4, 8));
		Evidence evidence = F.createEvidence();
		evidence.setTitle("照片");
		evidence.setLocation("evidence/105Q1/座椅.jpg");
		report.getEvidence().add(evidence);
		plan.getProgressReports().add(report);

		ReviewMeeting meeting = F.createReviewMeeting();
		meeting.setTitle("105年第1季查核結果報告與檢討會議");
		meeting.setDate(LocalDate.of(2016, 4, 15));
		meeting.setRocYear(105);
		meeting.setQuarter(1);
		meeting.setChair("主任委員");
		meeting.getAttendees().addAll(List.of("第一組", "行政室"));
		Finding finding = F.createFinding();
		finding.setText("服務台座椅不足");
		finding.setSubject(action);
		meeting.getFindings().add(finding);
		Decision decision = F.createDecision();
		decision.setText("第2季前增購");
		meeting.getDecisions().add(decision);
		ImprovementAction improvement = F.createImprovementAction();
		improvement.setText("增購座椅10張");
		improvement.setOwner(office);
		improvement.setDueDate(LocalDate.of(2016, 6, 30));
		improvement.setStatus(ImprovementStatus.CLOSED);
		improvement.setClosedOn(LocalDate.of(2016, 6, 20));
		improvement.setClosureNote("已完成採購");
		improvement.setFinding(finding);
		improvement.setCarriedOver(false);
		meeting.getImprovementActions().add(improvement);
		plan.getReviewMeetings().add(meeting);

		EvaluationForm phone = plan.getEvaluationForms().get(2);
		EvaluationRecord record = F.createEvaluationRecord();
		record.setForm(phone);
		record.setUnit(first);
		record.setDate(LocalDate.of(2016, 5, 3));
		record.setEvaluator("行政室 李科員");
		record.setNote("無電話語音系統");
		record.getAppliedRules().add(phone.getRules().get(0));
		FormItem greeting = phone.getSections().get(0).getSections().get(2).getItems().get(0);
		ItemAnswer no = F.createItemAnswer();
		no.setItem(greeting);
		no.setChecked(false);
		record.getAnswers().add(no);
		ChoiceItem attitude = (ChoiceItem) phone.getSections().get(1).getSections().get(1).getItems().get(2);
		ItemAnswer choice = F.createItemAnswer();
		choice.setItem(attitude);
		choice.setChoice(attitude.getChoices().get(0)); // 語調謙和、熱誠 8–10
		choice.setPoints(9.0);
		choice.setNote("語調親切");
		record.getAnswers().add(choice);
		ItemAnswer notApplicable = F.createItemAnswer();
		notApplicable.setItem(phone.getSections().get(0).getSections().get(2).getItems().get(6));
		notApplicable.setNotApplicable(true);
		record.getAnswers().add(notApplicable);
		plan.getEvaluationRecords().add(record);
	}
}
