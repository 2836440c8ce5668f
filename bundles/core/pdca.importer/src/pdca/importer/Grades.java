package pdca.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import pdca.importer.source.Block;
import pdca.importer.source.Origin;
import pdca.model.ConsequenceKind;
import pdca.model.GradeBand;
import pdca.model.PdcaFactory;
import pdca.model.ScoreConsequence;
import pdca.model.ScoringScheme;

/**
 * The grade bands of a plan (評核成績等第) read out of a chapter's text: a band is a grade name
 * (優等, 甲等 … 丁等) said with the score it starts from, either way round (「90分以上為優等」,
 * 「80至89分為甲等」, 「甲等：80分以上未滿90分」, 「59分以下為丁等」, the lowest band from 0); a
 * sentence that names grades and a reward or a sanction (獎勵, 記功, 懲處, 申誡, 記過, 不予獎勵) is
 * their consequence. The chapter stays a section with its whole text; the scheme is read beside it.
 */
final class Grades {

	private static final PdcaFactory F = PdcaFactory.eINSTANCE;
	private static final String GRADE = "(?<grade>特優|優等|甲等|乙等|丙等|丁等|戊等)";
	private static final String NUM = "\\d{1,3}(?:\\.\\d+)?";
	/** A score range: its lower bound in {@code lo} or {@code from}, or none (the lowest band). */
	private static final String RANGE = "(?:(?<from>" + NUM + ")分?(?:至|到|~|～|-|－|—)" + NUM + "分(?:以下|以內)?"
			+ "|(?:達|在)?(?<lo>" + NUM + ")分以上(?:(?:未滿|未達|不滿|至)" + NUM + "分(?:以下)?)?"
			+ "|(?:未滿|未達|不滿|不足|低於)" + NUM + "分|" + NUM + "分(?:以下|未滿))";
	/** 「90分以上為優等」: the score, then the grade. */
	private static final Pattern SCORE_GRADE = Pattern
			.compile(RANGE + "(?:者)?(?:[，,]?(?:為|列為|評為|評定為|列|屬|即為|列入))" + GRADE);
	/** 「優等：90分以上」: the grade, then the score. */
	private static final Pattern GRADE_SCORE = Pattern
			.compile(GRADE + "(?:[：:|｜為（(]|者為){0,2}" + RANGE);
	private static final Pattern ANY_GRADE = Pattern.compile(GRADE);
	private static final Pattern NONE = Pattern.compile("(?:不予|免予|不給予|無)(?:獎勵|敘獎|懲處|獎懲)");
	private static final Pattern SANCTION = Pattern.compile("懲處|懲戒|申誡|記過|議處|處分");
	private static final Pattern REWARD = Pattern.compile("獎勵|敘獎|嘉獎|記功|獎金|表揚");
	private static final Pattern FROM = Pattern.compile("(?:達|在)(" + NUM + ")分以上");
	private static final Pattern NUMBERING = Pattern
			.compile("^(?:[（(][一二三四五六七八九十0-9]{1,3}[)）]|[一二三四五六七八九十0-9]{1,3}[、.．])\\s*");

	private record Line(String text, Origin origin) {
	}

	private Grades() {
	}

	/**
	 * Reads the bands and consequences in a chapter's content into the plan's scoring scheme, when
	 * it names at least two bands and the plan has none yet; whether it did.
	 */
	static boolean read(PlanImporter importer, String heading, List<Paragraphs.Item> content) {
		if (importer.plan().getScoringScheme() != null) {
			return false;
		}
		List<Line> lines = lines(content);
		Map<String, GradeBand> bands = new LinkedHashMap<>();
		Map<GradeBand, Origin> origins = new LinkedHashMap<>();
		for (Line line : lines) {
			String s = line.text();
			band(SCORE_GRADE.matcher(s), bands, origins, line.origin());
			band(GRADE_SCORE.matcher(s), bands, origins, line.origin());
		}
		if (bands.size() < 2) {
			return false;
		}
		ScoringScheme scheme = F.createScoringScheme();
		scheme.setName(Texts.withoutFinalStop(heading));
		bands.values().stream().sorted((a, b) -> Double.compare(b.getMinScore(), a.getMinScore()))
				.forEach(scheme.getBands()::add);
		importer.plan().setScoringScheme(scheme);
		importer.placed(scheme, lines.get(0).origin(), 0.8, "scoring scheme");
		for (GradeBand band : scheme.getBands()) {
			importer.placed(band, origins.get(band), 0.85, "grade band");
		}
		if (bands.values().stream().filter(b -> b.getMinScore() == 0).count() > 1) {
			// two bands said to start from nothing: the officer decides which is the lowest
			bands.values().stream().filter(b -> b.getMinScore() == 0)
					.forEach(b -> importer.doubt(b, 0.6, "no lower bound"));
		}
		for (Line line : lines) {
			consequences(importer, scheme, bands, line);
		}
		return true;
	}

	private static void band(Matcher m, Map<String, GradeBand> bands, Map<GradeBand, Origin> origins,
			Origin origin) {
		while (m.find()) {
			String name = m.group("grade");
			if (bands.containsKey(name)) {
				continue;
			}
			String lo = m.group("lo") != null ? m.group("lo") : m.group("from");
			GradeBand band = F.createGradeBand();
			band.setName(name);
			band.setMinScore(lo == null ? 0 : Double.parseDouble(lo));
			bands.put(name, band);
			origins.put(band, origin);
		}
	}

	private static void consequences(PlanImporter importer, ScoringScheme scheme, Map<String, GradeBand> bands,
			Line line) {
		for (String sentence : line.text().split("[；;。]")) {
			if (SCORE_GRADE.matcher(sentence).find() || GRADE_SCORE.matcher(sentence).find()) {
				continue;
			}
			ConsequenceKind kind = NONE.matcher(sentence).find() ? ConsequenceKind.NONE
					: SANCTION.matcher(sentence).find() ? ConsequenceKind.SANCTION
							: REWARD.matcher(sentence).find() ? ConsequenceKind.REWARD : null;
			if (kind == null) {
				continue;
			}
			Set<String> grades = new LinkedHashSet<>();
			Matcher g = ANY_GRADE.matcher(sentence);
			while (g.find()) {
				if (bands.containsKey(g.group(1))) {
					grades.add(g.group(1));
				}
			}
			if (grades.isEmpty()) {
				continue;
			}
			String text = fromFirstGrade(sentence);
			Matcher from = FROM.matcher(text);
			Double minScore = kind != ConsequenceKind.NONE && from.find() ? Double.valueOf(from.group(1)) : null;
			for (String grade : grades) {
				ScoreConsequence c = F.createScoreConsequence();
				c.setBand(bands.get(grade));
				c.setKind(kind);
				c.setText(text);
				c.setMinScore(minScore);
				scheme.getConsequences().add(c);
				// a sentence shared by several grades, or a reward from a score within a band: to be checked
				importer.placed(c, line.origin(), grades.size() > 1 || minScore != null ? 0.65 : 0.8,
						"grade consequence");
			}
		}
	}

	/** The sentence from its clause that first names a grade (what leads up to it is the context). */
	private static String fromFirstGrade(String sentence) {
		String[] clauses = sentence.split("(?<=[，,])");
		StringBuilder b = new StringBuilder();
		for (String clause : clauses) {
			if (b.isEmpty() && !ANY_GRADE.matcher(clause).find()) {
				continue;
			}
			b.append(clause);
		}
		return Texts.withoutFinalStop(NUMBERING.matcher(b.toString().strip()).replaceFirst(""));
	}

	/** The content as lines of text without whitespace, a table's row one line. */
	private static List<Line> lines(List<Paragraphs.Item> content) {
		List<Line> lines = new ArrayList<>();
		for (Paragraphs.Item item : content) {
			if (item.table() != null) {
				for (List<Block.Cell> row : item.table().rows()) {
					StringBuilder b = new StringBuilder();
					Origin origin = null;
					for (Block.Cell cell : row) {
						if (cell != null && !cell.text().isBlank()) {
							if (origin == null) {
								origin = cell.origin();
							}
							b.append(b.isEmpty() ? "" : "｜").append(cell.text());
						}
					}
					if (origin != null) {
						lines.add(new Line(squeeze(b.toString()), origin));
					}
				}
			} else {
				lines.add(new Line(squeeze(item.text()), item.origin()));
			}
		}
		return lines;
	}

	private static String squeeze(String text) {
		return Texts.clean(text).replaceAll("\\s+", "");
	}
}
