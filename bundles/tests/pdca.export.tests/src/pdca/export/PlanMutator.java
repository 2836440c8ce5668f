package pdca.export;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes hostile variants of plan files, reproducibly: {@link #mutate(long)} with the same case seed gives the same
 * bytes. The mutations know the plan format: they change numbers, dates, texts, references, elements and their
 * nesting, the XML prolog and the encoding, as a broken tool, a careless hand edit or an attacker would, and then
 * possibly cut or flip bytes.
 */
final class PlanMutator {

	/** A mutated plan file and how it was made. */
	record Case(long seed, String seedPlan, List<String> mutations, byte[] bytes) {
		String describe() {
			return "case seed " + seed + " from " + seedPlan + ": " + String.join(", ", mutations);
		}
	}

	/** A plan file the mutations start from. */
	record SeedPlan(String name, String text) {
	}

	private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z][\\w:]*)=\"([^\"]*)\"");
	private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][\\w]*)(\\s[^<>]*?)?(/?)>");

	private static final Set<String> NUMBERS = Set.of("target", "baseline", "value", "points", "progress", "quarter",
			"rocYear", "number", "formatVersion", "kpiGreenPercent", "kpiAmberPercent", "maxPoints", "minPoints", "minScore",
			"factor");
	private static final Set<String> DATES = Set.of("start", "end", "date", "reportedOn", "dueDate", "closedOn");
	private static final Set<String> REFERENCES = Set.of("leadOwner", "coOwners", "targetUnits", "owner", "unit", "parent",
			"form", "action", "item", "choice", "finding", "subject", "band", "appliedRules", "excluded", "multiplied");
	private static final Set<String> ENUMS = Set.of("type", "status", "direction", "frequency", "kind");
	private static final Set<String> NOT_TEXT = Set.of("id", "xmi:version", "xmlns:xmi", "xmlns:pdca", "xmlns:xsi",
			"schedule");
	private static final List<String> TAGS = List.of("strategies", "methods", "actions", "units", "organisation", "sections",
			"items", "kpis", "measurements", "progressReports", "reviewMeetings", "evaluationForms", "evaluationRecords",
			"answers", "dimensions", "agency", "period", "basis", "x");

	private static final List<String> ODD_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "1e309", "-1e309", "4.9e-325",
			"-0", "0x10", "", " ", "１２", "十二", "2147483648", "-2147483649", "9223372036854775808", "3.0.1", "1,5", "+7",
			"-1", "0", "99999", "1e6", "NaN ", "\u00a05");
	private static final List<String> ODD_DATES = List.of("0000-01-01", "-0001-12-31", "9999-12-31", "+10000-01-01",
			"2024-02-30", "2023-02-29", "1911-12-31", "1912-01-01", "", "2024-13-01", "2024-1-1", "２０２４-01-01",
			"106年1月1日", "2024-01-01T00:00:00Z", "-999999999-01-01", "+999999999-12-31", "2024-00-10", "NaN");
	private static final List<String> CONTROLS = List.of("&#1;", "&#0;", "&#x1F;", "&#xFFFE;", "&#xFFFF;", "&#xD800;",
			"&#xDFFF;", "&#x85;", "\u0001", "\u0008", "\u001b[2J", "\u202e", "\ufeff", "\u2028", "&#9;&#10;&#13;", "]]>",
			"&amp;lt;script&amp;gt;", "&#x10FFFF;", "&#x110000;", "&#99999999999;", "&unknown;", "&lt;", "\uD83D\uDE00",
			"&#xD83D;&#xDE00;", "\r\n\r", "%s%n%x", "{0}{1}'{", "\\u0000");
	private static final List<String> ENUM_VALUES = List.of("BOGUS", "", "done", "0", "5", "DONE DONE", "null",
			"ON_TRACK\u0000");

	private final List<SeedPlan> seeds;
	private final String server;
	private final String fifo;

	/**
	 * @param seeds  the plan files to start from
	 * @param server the base address of the loopback server that counts requests ({@code http://127.0.0.1:PORT/})
	 * @param fifo   a named pipe that blocks whoever opens it, or a plain file
	 */
	PlanMutator(List<SeedPlan> seeds, String server, String fifo) {
		this.seeds = List.copyOf(seeds);
		this.server = server;
		this.fifo = fifo;
	}

	Case mutate(long caseSeed) {
		Random r = new Random(caseSeed);
		SeedPlan seed = seeds.get(r.nextInt(seeds.size()));
		String text = seed.text();
		List<String> done = new ArrayList<>();
		// half the cases stay well-formed XML of the plan format, so that they get past the parser into the plan
		boolean wellFormed = r.nextBoolean();
		int textMutations = 1 + r.nextInt(3);
		for (int i = 0; i < textMutations; i++) {
			String before = text;
			text = wellFormed ? switch (r.nextInt(6)) {
				case 0 -> number(text, r, done);
				case 1 -> date(text, r, done);
				case 2 -> control(text, r, done);
				case 3 -> huge(text, r, done);
				case 4 -> outside(text, r, done);
				default -> semantic(text, r, done);
			} : switch (r.nextInt(13)) {
				case 0 -> number(text, r, done);
				case 1 -> date(text, r, done);
				case 2 -> control(text, r, done);
				case 3 -> huge(text, r, done);
				case 4 -> deep(text, r, done);
				case 5 -> entity(text, r, done);
				case 6, 7 -> outside(text, r, done);
				case 8 -> namespace(text, r, done);
				case 9, 10 -> structure(text, r, done);
				case 11 -> enumeration(text, r, done);
				default -> noise(text, r, done);
			};
			if (text.equals(before)) {
				done.add("(no change)");
			}
		}
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (!wellFormed && r.nextInt(3) == 0) {
			bytes = switch (r.nextInt(4)) {
				case 0 -> truncate(bytes, r, done);
				case 1 -> flip(bytes, r, done);
				case 2 -> encoding(text, r, done);
				default -> nothingLikeAPlan(r, done);
			};
		}
		return new Case(caseSeed, seed.name(), done, bytes);
	}

	// ------------------------------------------------------------ values

	private String number(String text, Random r, List<String> done) {
		String odd = ODD_NUMBERS.get(r.nextInt(ODD_NUMBERS.size()));
		String t = setAttribute(text, r, NUMBERS, odd, done, "number");
		if (t.equals(text)) { // the seed has none of these: give the root one
			done.add("rocYear=" + odd);
			return text.replaceFirst(" rocYear=\"[^\"]*\"", " rocYear=\"" + escapeAttribute(odd) + "\"");
		}
		return t;
	}

	private String date(String text, Random r, List<String> done) {
		String odd = ODD_DATES.get(r.nextInt(ODD_DATES.size()));
		String t = setAttribute(text, r, DATES, odd, done, "date");
		if (t.equals(text)) {
			done.add("period start=" + odd);
			return text.replaceFirst("<period ", "<period start=\"" + escapeAttribute(odd) + "\" ");
		}
		return t;
	}

	private String enumeration(String text, Random r, List<String> done) {
		return setAttribute(text, r, ENUMS, ENUM_VALUES.get(r.nextInt(ENUM_VALUES.size())), done, "enum");
	}

	private String control(String text, Random r, List<String> done) {
		List<int[]> spans = attributeValues(text, name -> !NOT_TEXT.contains(name) && !REFERENCES.contains(name));
		if (spans.isEmpty()) {
			return text;
		}
		int[] span = spans.get(r.nextInt(spans.size()));
		String snippet = CONTROLS.get(r.nextInt(CONTROLS.size()));
		int at = span[0] + r.nextInt(span[1] - span[0] + 1);
		done.add("control " + visible(snippet) + " in " + attributeName(text, span));
		return text.substring(0, at) + snippet + text.substring(at);
	}

	private String huge(String text, Random r, List<String> done) {
		// just under the longest text the export takes (PacketExporter.MAX_TEXT), and far over it
		int[] sizes = { PacketExporter.MAX_TEXT - 1_000, 70_000, 1 << 20, 4 << 20 };
		int size = sizes[r.nextInt(r.nextInt(8) == 0 ? 4 : 3)];
		int kind = r.nextInt(3);
		StringBuilder sb = new StringBuilder(size);
		while (sb.length() < size) {
			switch (kind) {
				case 0 -> sb.append((char) (0x4E00 + r.nextInt(0x5000))); // CJK
				case 1 -> sb.append("精進服務品質 ").append(sb.length()).append('\n');
				default -> sb.append('9');
			}
		}
		Set<String> names = kind == 2 ? NUMBERS : Set.of("title", "text", "name", "narrative", "expectedBenefit", "note",
				"description", "id", "schedule");
		String t = setAttribute(text, r, names, sb.toString(), done, "huge " + size + " chars");
		if (t.equals(text)) {
			done.add("huge title");
			return text.replaceFirst(" title=\"[^\"]*\"", " title=\"" + sb + "\"");
		}
		return t;
	}

	private String noise(String text, Random r, List<String> done) {
		if (text.isEmpty()) {
			return text;
		}
		int at = r.nextInt(text.length());
		int length = Math.min(text.length() - at, 1 + r.nextInt(40));
		String junk = "<>&\"'=/;:#\u0000 \t\n中文😀";
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < length; i++) {
			sb.append(junk.charAt(r.nextInt(junk.length())));
		}
		done.add("noise of " + length + " chars at " + at);
		return text.substring(0, at) + sb + text.substring(at + length);
	}

	// ------------------------------------------------------------ structure

	private String deep(String text, Random r, List<String> done) {
		int[] depths = { 100, 1_000, 10_000, 100_000 };
		int depth = depths[r.nextInt(depths.length)];
		String tag = TAGS.get(r.nextInt(TAGS.size()));
		List<MatchResult> tags = startTags(text);
		if (tags.size() < 2) {
			return text;
		}
		MatchResult host = tags.get(1 + r.nextInt(tags.size() - 1));
		String open = "<" + tag + (r.nextBoolean() ? "" : " id=\"deep\"") + ">";
		String close = "</" + tag + ">";
		String nested = open.repeat(depth) + close.repeat(depth);
		done.add("nested " + depth + " deep <" + tag + "> in <" + host.group(1) + ">");
		if (host.group(3).equals("/")) { // <x .../> becomes <x ...>nested</x>
			return text.substring(0, host.end() - 2) + ">" + nested + "</" + host.group(1) + ">" + text.substring(host.end());
		}
		return text.substring(0, host.end()) + nested + text.substring(host.end());
	}

	private String structure(String text, Random r, List<String> done) {
		return structure(text, r, done, r.nextInt(10));
	}

	private String structure(String text, Random r, List<String> done, int kind) {
		List<MatchResult> tags = startTags(text);
		if (tags.size() < 2) {
			return text;
		}
		MatchResult m = tags.get(1 + r.nextInt(tags.size() - 1));
		int[] element = element(text, m);
		String name = m.group(1);
		switch (kind) {
			case 0 -> {
				done.add("deleted <" + name + ">");
				return text.substring(0, element[0]) + text.substring(element[1]);
			}
			case 1 -> {
				done.add("duplicated <" + name + ">");
				return text.substring(0, element[1]) + "\n" + text.substring(element[0], element[1]) + text.substring(element[1]);
			}
			case 2 -> {
				String other = TAGS.get(r.nextInt(TAGS.size()));
				done.add("<" + name + "> renamed <" + other + ">");
				String body = text.substring(element[0], element[1]);
				body = "<" + other + body.substring(1 + name.length());
				if (body.endsWith("</" + name + ">")) {
					body = body.substring(0, body.length() - name.length() - 3) + "</" + other + ">";
				}
				return text.substring(0, element[0]) + body + text.substring(element[1]);
			}
			case 3 -> {
				MatchResult target = tags.get(r.nextInt(tags.size()));
				if (target.group(3).equals("/") || target.start() >= element[0] && target.start() < element[1]) {
					return text;
				}
				done.add("<" + name + "> moved into <" + target.group(1) + ">");
				String moved = text.substring(element[0], element[1]);
				String without = text.substring(0, element[0]) + text.substring(element[1]);
				int at = target.end() > element[1] ? target.end() - (element[1] - element[0]) : target.end();
				return without.substring(0, at) + moved + without.substring(at);
			}
			case 4 -> {
				List<int[]> spans = attributeSpans(text, any -> true);
				if (spans.isEmpty()) {
					return text;
				}
				int[] a = spans.get(r.nextInt(spans.size()));
				done.add("removed attribute " + text.substring(a[0], a[1]).split("=")[0].strip());
				return text.substring(0, a[0]) + text.substring(a[1]);
			}
			case 5 -> {
				List<int[]> spans = attributeSpans(text, any -> true);
				if (spans.isEmpty()) {
					return text;
				}
				int[] a = spans.get(r.nextInt(spans.size()));
				done.add("doubled attribute " + text.substring(a[0], a[1]).split("=")[0].strip());
				return text.substring(0, a[1]) + text.substring(a[0], a[1]) + text.substring(a[1]);
			}
			case 6 -> {
				// a reference to an element of the wrong kind
				List<String> ids = ids(text);
				if (ids.isEmpty()) {
					return text;
				}
				String id = ids.get(r.nextInt(ids.size()));
				done.add("reference to the wrong kind of element");
				return setAttribute(text, r, REFERENCES, id, done, "reference");
			}
			case 7 -> {
				List<String> units = ids(text, "units");
				if (units.size() < 2) {
					return text;
				}
				String u1 = units.get(r.nextInt(units.size())), u2 = units.get(r.nextInt(units.size()));
				done.add(u1.equals(u2) ? "unit its own parent" : "units each other's parent");
				return text.replace("<units id=\"" + u1 + "\"", "<units id=\"" + u1 + "\" parent=\"" + u2 + "\"")
						.replace("<units id=\"" + u2 + "\"", "<units id=\"" + u2 + "\" parent=\"" + u1 + "\"");
			}
			case 8 -> {
				List<String> ids = ids(text);
				if (ids.isEmpty()) {
					return text;
				}
				String id = ids.get(r.nextInt(ids.size()));
				String to = switch (r.nextInt(4)) {
					case 0 -> "";
					case 1 -> ids.get(r.nextInt(ids.size())); // a duplicate id
					case 2 -> "a b";
					default -> "#//@strategies.0";
				};
				done.add("id " + id + " becomes \"" + to + "\"");
				return text.replace("id=\"" + id + "\"", "id=\"" + to + "\"");
			}
			default -> {
				List<MatchResult> strategies = tags.stream().filter(t -> t.group(1).equals("strategies")).toList();
				if (strategies.isEmpty()) {
					return text;
				}
				int[] s = element(text, strategies.get(r.nextInt(strategies.size())));
				int times = 10 + r.nextInt(90); // up to about the 2,000 actions of a large plan
				done.add("strategy repeated " + times + " times");
				return text.substring(0, s[1]) + ("\n" + text.substring(s[0], s[1])).repeat(times) + text.substring(s[1]);
			}
		}
	}

	/** Changes that keep the file well-formed XML of the plan format, but not a sound plan. */
	private String semantic(String text, Random r, List<String> done) {
		return switch (r.nextInt(4)) {
			case 0 -> enumeration(text, r, done);
			default -> structure(text, r, done, List.of(0, 1, 6, 7, 8, 9).get(r.nextInt(6)));
		};
	}

	// ------------------------------------------------------------ the outside world

	private String entity(String text, Random r, List<String> done) {
		int prolog = text.startsWith("<?xml") ? text.indexOf("?>") + 2 : 0;
		String head = text.substring(0, prolog);
		String rest = text.substring(prolog);
		String title = " title=\"&x;\"";
		return switch (r.nextInt(11)) {
			case 0 -> {
				done.add("external entity file:///etc/passwd");
				yield head + "\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + rest.replaceFirst(" title=\"[^\"]*\"", title);
			}
			case 1 -> {
				done.add("external entity on the loopback server");
				yield head + "\n<!DOCTYPE p [<!ENTITY x SYSTEM \"" + server + "xxe\">]>" + rest.replaceFirst(" title=\"[^\"]*\"", title);
			}
			case 2 -> {
				done.add("parameter entity on the loopback server");
				yield head + "\n<!DOCTYPE p [<!ENTITY % d SYSTEM \"" + server + "dtd\"> %d;]>" + rest;
			}
			case 3 -> {
				done.add("external DTD on the loopback server");
				yield head + "\n<!DOCTYPE pdca:Plan SYSTEM \"" + server + "plan.dtd\">" + rest;
			}
			case 4 -> {
				done.add("entity expansion (billion laughs)");
				yield head + "\n<!DOCTYPE p [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
						+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY x \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
						+ rest.replaceFirst(" title=\"[^\"]*\"", title);
			}
			case 5 -> {
				done.add("entity without a DOCTYPE");
				yield head + rest.replaceFirst(" title=\"[^\"]*\"", title);
			}
			case 6 -> {
				done.add("XInclude of the loopback server");
				int at = rest.indexOf('>', rest.indexOf("<pdca:Plan")) + 1;
				yield head + rest.substring(0, at) + "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"" + server
						+ "inc\" parse=\"xml\"/>" + rest.substring(at);
			}
			case 7 -> {
				done.add("stylesheet on the loopback server");
				yield head + "\n<?xml-stylesheet type=\"text/xsl\" href=\"" + server + "s.xsl\"?>" + rest;
			}
			case 8 -> {
				done.add("schema location on the loopback server");
				yield head + rest.replaceFirst("<pdca:Plan ", "<pdca:Plan xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
						+ "xsi:schemaLocation=\"urn:pdca:plan:1 " + server + "plan.xsd\" ");
			}
			case 9 -> {
				done.add("external entity on a named pipe");
				yield head + "\n<!DOCTYPE p [<!ENTITY x SYSTEM \"file://" + fifo + "\">]>" + rest.replaceFirst(" title=\"[^\"]*\"", title);
			}
			default -> {
				done.add("DOCTYPE after the root element");
				yield text + "\n<!DOCTYPE p []>";
			}
		};
	}

	private String outside(String text, Random r, List<String> done) {
		String fragment = ids(text).isEmpty() ? "u1" : ids(text).get(0);
		List<String> uris = List.of(server + "x.pdca#u1", server + "x.pdca#" + fragment, "file:/etc/passwd#x",
				"file://" + fifo + "#x", "platform:/resource/p/x.pdca#u1", "platform:/plugin/pdca.samples/x.pdca#u1",
				"../other.pdca#" + fragment, "other.pdca#" + fragment, "urn:x#y", "\\\\server\\share\\x.pdca#u1",
				"jar:" + server + "x.jar!/x.pdca#u1", "http://[::1]:1/x#y", "ftp://127.0.0.1/x#y", "#//@organisation/@units.0",
				"x.pdca#//@organisation/@units.0", "mailto:a@b#c", "data:text/xml,<x/>#y", "file:" + fifo);
		String uri = uris.get(r.nextInt(uris.size()));
		if (r.nextInt(3) == 0) {
			// the element form EMF writes for references to other documents
			List<MatchResult> methods = startTags(text).stream().filter(m -> m.group(1).equals("methods") || m.group(1).equals("actions")).toList();
			if (!methods.isEmpty()) {
				MatchResult m = methods.get(r.nextInt(methods.size()));
				String ref = "<" + (r.nextBoolean() ? "leadOwner" : "coOwners") + " href=\"" + escapeAttribute(uri) + "\"/>";
				done.add("element reference " + uri);
				if (m.group(3).equals("/")) {
					return text.substring(0, m.end() - 2) + ">" + ref + "</" + m.group(1) + ">" + text.substring(m.end());
				}
				return text.substring(0, m.end()) + ref + text.substring(m.end());
			}
		}
		String t = setAttribute(text, r, REFERENCES, uri, done, "outside reference");
		if (t.equals(text)) {
			done.add("targetUnits=" + uri);
			return text.replaceFirst("<pdca:Plan ", "<pdca:Plan targetUnits=\"" + escapeAttribute(uri) + "\" ");
		}
		return t;
	}

	private String namespace(String text, Random r, List<String> done) {
		return switch (r.nextInt(5)) {
			case 0 -> {
				done.add("plan namespace on the loopback server");
				yield text.replace("xmlns:pdca=\"urn:pdca:plan:1\"", "xmlns:pdca=\"" + server + "ns\"");
			}
			case 1 -> {
				done.add("namespace urn:pdca:plan:2");
				yield text.replace("xmlns:pdca=\"urn:pdca:plan:1\"", "xmlns:pdca=\"urn:pdca:plan:2\"");
			}
			case 2 -> {
				done.add("xsi:type of a foreign package");
				yield text.replaceFirst("<strategies ", "<strategies xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
						+ "xmlns:f=\"" + server + "f\" xsi:type=\"f:Strategy\" ");
			}
			case 3 -> {
				done.add("xsi:type of another class");
				yield text.replaceFirst("<units ", "<units xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"pdca:Action\" ");
			}
			default -> {
				done.add("root element of the Ecore namespace");
				yield text.replace("xmlns:pdca=\"urn:pdca:plan:1\"", "xmlns:pdca=\"http://www.eclipse.org/emf/2002/Ecore\"");
			}
		};
	}

	// ------------------------------------------------------------ bytes

	private static byte[] truncate(byte[] bytes, Random r, List<String> done) {
		if (bytes.length == 0) {
			return bytes;
		}
		int at = r.nextInt(bytes.length);
		done.add("cut at byte " + at + " of " + bytes.length);
		return java.util.Arrays.copyOf(bytes, at);
	}

	private static byte[] flip(byte[] bytes, Random r, List<String> done) {
		if (bytes.length == 0) {
			return bytes;
		}
		byte[] b = bytes.clone();
		int flips = 1 + r.nextInt(32);
		for (int i = 0; i < flips; i++) {
			int at = r.nextInt(b.length);
			b[at] ^= (byte) (1 << r.nextInt(8));
		}
		done.add(flips + " bits flipped");
		return b;
	}

	private static byte[] encoding(String text, Random r, List<String> done) {
		String body = text.replaceFirst("^<\\?xml[^>]*\\?>", "");
		return switch (r.nextInt(6)) {
			case 0 -> {
				String e = List.of("ISO-8859-1", "UTF-16", "US-ASCII", "Big5", "x-nope", "EBCDIC-US", "UTF-32").get(r.nextInt(7));
				done.add("declared " + e + ", written in UTF-8");
				yield ("<?xml version=\"1.0\" encoding=\"" + e + "\"?>" + body).getBytes(StandardCharsets.UTF_8);
			}
			case 1 -> {
				done.add("UTF-16 declared as UTF-8");
				yield text.getBytes(StandardCharsets.UTF_16);
			}
			case 2 -> {
				done.add("UTF-16 with its declaration");
				yield ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + body).getBytes(StandardCharsets.UTF_16);
			}
			case 3 -> {
				done.add("Big5 declared as Big5");
				yield ("<?xml version=\"1.0\" encoding=\"Big5\"?>" + body).getBytes(Charset.forName("Big5"));
			}
			case 4 -> {
				done.add("UTF-8 byte order mark and text before the declaration");
				yield ("\ufeff \n" + text).getBytes(StandardCharsets.UTF_8);
			}
			default -> {
				done.add("XML 1.1 declaration");
				yield ("<?xml version=\"1.1\" encoding=\"UTF-8\"?>" + body.replaceFirst(" title=\"", " title=\"&#1;"))
						.getBytes(StandardCharsets.UTF_8);
			}
		};
	}

	private static byte[] nothingLikeAPlan(Random r, List<String> done) {
		int kind = r.nextInt(6);
		done.add(List.of("empty", "blank", "a lone <", "only a declaration", "random bytes", "a zip header").get(kind));
		return switch (kind) {
			case 0 -> new byte[0];
			case 1 -> " \n\t ".getBytes(StandardCharsets.US_ASCII);
			case 2 -> "<".getBytes(StandardCharsets.US_ASCII);
			case 3 -> "<?xml version=\"1.0\"?>".getBytes(StandardCharsets.US_ASCII);
			case 4 -> {
				byte[] b = new byte[1 + r.nextInt(4096)];
				r.nextBytes(b);
				yield b;
			}
			default -> new byte[] { 'P', 'K', 3, 4, 20, 0, 0, 0 };
		};
	}

	// ------------------------------------------------------------ helpers

	/** Sets one attribute, chosen at random among those named {@code names}, to {@code value}. */
	private static String setAttribute(String text, Random r, Set<String> names, String value, List<String> done, String what) {
		List<int[]> spans = attributeValues(text, names::contains);
		if (spans.isEmpty()) {
			return text;
		}
		int[] span = spans.get(r.nextInt(spans.size()));
		String shown = value.length() > 60 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
		done.add(what + " " + attributeName(text, span) + "=\"" + visible(shown) + "\"");
		return text.substring(0, span[0]) + escapeAttribute(value) + text.substring(span[1]);
	}

	/** Start and end of the values of the attributes whose name passes {@code filter}. */
	private static List<int[]> attributeValues(String text, java.util.function.Predicate<String> filter) {
		List<int[]> spans = new ArrayList<>();
		Matcher m = ATTRIBUTE.matcher(text);
		while (m.find()) {
			if (filter.test(m.group(1))) {
				spans.add(new int[] { m.start(2), m.end(2) });
			}
		}
		return spans;
	}

	/** Start and end of whole attributes ({@code  name="value"}). */
	private static List<int[]> attributeSpans(String text, java.util.function.Predicate<String> filter) {
		List<int[]> spans = new ArrayList<>();
		Matcher m = ATTRIBUTE.matcher(text);
		while (m.find()) {
			if (filter.test(m.group(1)) && !m.group(1).startsWith("xmlns")) {
				spans.add(new int[] { m.start(), m.end() });
			}
		}
		return spans;
	}

	private static String attributeName(String text, int[] valueSpan) {
		int eq = text.lastIndexOf("=\"", valueSpan[0]);
		int start = text.lastIndexOf(' ', eq) + 1;
		return text.substring(start, eq);
	}

	private static List<MatchResult> startTags(String text) {
		return START_TAG.matcher(text).results().toList();
	}

	/** Start and end of the element that starts with {@code start} (to its matching end tag). */
	private static int[] element(String text, MatchResult start) {
		if (start.group(3).equals("/")) {
			return new int[] { start.start(), start.end() };
		}
		String name = start.group(1);
		Pattern tags = Pattern.compile("<(/?)" + Pattern.quote(name) + "(?=[\\s>/])[^<>]*?(/?)>");
		Matcher m = tags.matcher(text);
		m.region(start.end(), text.length());
		int depth = 1;
		while (m.find()) {
			if (m.group(1).equals("/")) {
				if (--depth == 0) {
					return new int[] { start.start(), m.end() };
				}
			} else if (m.group(2).isEmpty()) {
				depth++;
			}
		}
		return new int[] { start.start(), start.end() };
	}

	private static List<String> ids(String text) {
		return ids(text, null);
	}

	private static List<String> ids(String text, String tag) {
		List<String> ids = new ArrayList<>();
		Matcher m = Pattern.compile("<" + (tag == null ? "\\w+" : tag) + " id=\"([^\"]+)\"").matcher(text);
		while (m.find()) {
			ids.add(m.group(1));
		}
		return ids;
	}

	private static String escapeAttribute(String value) {
		return value.replace("\"", "&quot;").replace("<", "&lt;");
	}

	private static String visible(String s) {
		StringBuilder sb = new StringBuilder();
		s.codePoints().forEach(c -> sb.append(c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0 || c == 0x202e || c == 0xfeff
				|| c == 0x2028 || Character.isSurrogate((char) c) ? String.format("\\u%04x", c) : Character.toString(c)));
		return sb.toString();
	}
}
