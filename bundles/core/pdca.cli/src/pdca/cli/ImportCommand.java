package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.gson.stream.JsonWriter;

import pdca.importer.ImportResult;
import pdca.importer.ImportScore;
import pdca.importer.PlanImporter;
import pdca.importer.source.Block;
import pdca.importer.source.DocumentException;
import pdca.importer.source.Documents;
import pdca.importer.source.Origin;
import pdca.importer.source.SourceDocument;
import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanStructure;
import pdca.model.validation.ElementPaths;
import pdca.templates.AgencyTemplate;
import pdca.templates.TemplateRegistry;

/**
 * {@code pdca import FILE... [-t TEMPLATE] -o OUT.pdca [--report FILE.json] [--force]}: a plan made from
 * the document the agency already has (ODT, DOCX, PDF or text; several files are read as one
 * document, in order). Prints what was recognised, the elements to check and the text that found
 * no place; writes the plan (atomically) even then, so the officer can correct it.
 */
final class ImportCommand implements Command {

	/** Version of the report's JSON shape. */
	static final int JSON_SCHEMA = 1;
	/** How many uncertain elements and unplaced pieces are listed on the terminal (the report has all). */
	private static final int LISTED = 30;

	private final Templates templates;

	ImportCommand(Templates templates) {
		this.templates = templates;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String summary() {
		return CliMessages.get("import.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("import.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--force");
	}

	@Override
	public Set<String> valueOptions() {
		return Set.of("--template", "-t", "--output", "-o", "--report", "--compare");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) throws Options.UsageException {
		if (options.files().isEmpty()) {
			throw new Options.UsageException(CliMessages.get("import.noDocument"));
		}
		String output = options.value("--output", "-o");
		if (output == null) {
			throw new Options.UsageException(CliMessages.get("import.noOutput"));
		}
		String templateId = options.value("--template", "-t");
		String reportName = options.value("--report");
		Path file = PlanOutput.target(name(), output, options.has("--force"), err);
		if (file == null) {
			return Cli.USAGE;
		}
		List<SourceDocument> documents = new ArrayList<>();
		for (String name : options.files()) {
			try {
				documents.add(Documents.read(Path.of(name)));
			} catch (DocumentException e) {
				err.println("import: " + e.getMessage());
				return Cli.USAGE;
			}
		}
		SourceDocument source = documents.size() == 1 ? documents.get(0) : joined(documents);
		ImportResult result = PlanImporter.recognise(source);
		Plan plan = result.plan();
		if (PlanStructure.strategies(plan).isEmpty() && (plan.getTitle() == null || plan.getAgency().getName() == null)) {
			err.println(CliMessages.format("import.noPlan", String.join(", ", options.files())));
			return Cli.USAGE;
		}
		if (templateId != null) {
			TemplateRegistry registry;
			try {
				registry = templates.registry(err);
			} catch (IllegalStateException e) {
				err.println(e.getMessage());
				return Cli.USAGE;
			}
			if (registry.find(templateId).isEmpty()) {
				String known = registry.templates().stream().map(AgencyTemplate::id).collect(Collectors.joining(", "));
				err.println(CliMessages.format("new.unknownTemplate", templateId, known).replace("pdca new", "pdca import"));
				return Cli.USAGE;
			}
			plan.setTemplateId(templateId);
		}
		print(result, out);
		String compare = options.value("--compare");
		if (compare != null) {
			try {
				List<ImportScore.Category> score = ImportScore.compare(plan, PlanFiles.load(Path.of(compare)));
				for (ImportScore.Category c : score) {
					out.println(CliMessages.format("import.score", c.name(), c.matched(), c.expected(), c.imported()));
				}
				out.println(CliMessages.format("import.scoreAll", Math.round(ImportScore.overall(score) * 1000) / 10.0));
			} catch (PlanFileException e) {
				err.println("import: " + e.getMessage());
				return Cli.USAGE;
			}
		}
		if (reportName != null) {
			try {
				PlanFiles.writeAtomically(Path.of(reportName), report(result, output).getBytes(StandardCharsets.UTF_8));
			} catch (PlanFileException e) {
				err.println("import: " + e.getMessage());
				return Cli.USAGE;
			}
		}
		int saved = PlanOutput.save(name(), plan, file, out, err);
		if (saved == Cli.USAGE) {
			return saved;
		}
		return result.clean() && saved == Cli.OK ? Cli.OK : Cli.FOUND_ERRORS;
	}

	/** Several documents read as one: their blocks in order, paragraphs numbered on. */
	private static SourceDocument joined(List<SourceDocument> documents) {
		List<Block> blocks = new ArrayList<>();
		int pages = 0;
		for (SourceDocument d : documents) {
			int offset = blocks.size();
			int pageOffset = pages;
			for (Block b : d.blocks()) {
				blocks.add(shifted(b, offset, pageOffset));
			}
			pages += d.pages();
		}
		return new SourceDocument(documents.get(0).file(), documents.get(0).format(), blocks, pages);
	}

	private static Block shifted(Block b, int offset, int pageOffset) {
		if (b instanceof Block.Paragraph p) {
			return new Block.Paragraph(p.text(), p.headingLevel(), shift(p.origin(), offset, pageOffset));
		}
		Block.Table t = (Block.Table) b;
		List<List<Block.Cell>> rows = t.rows().stream()
				.map(row -> row.stream().map(c -> c == null ? null
						: new Block.Cell(c.text(), c.columnSpan(), c.rowSpan(), shift(c.origin(), offset, pageOffset)))
						.toList())
				.toList();
		return new Block.Table(rows, shift(t.origin(), offset, pageOffset));
	}

	private static Origin shift(Origin o, int offset, int pageOffset) {
		return new Origin(o.page() == 0 ? 0 : o.page() + pageOffset, o.paragraph() + offset, o.row(), o.column());
	}

	private static void print(ImportResult result, PrintStream out) {
		boolean chinese = Locale.getDefault().getLanguage().equals("zh");
		Plan plan = result.plan();
		out.println(CliMessages.format("import.recognised", result.source().file(), plan.getTitle() == null ? "" : plan.getTitle(),
				PlanStructure.strategies(plan).size(), PlanStructure.methods(plan).size(),
				PlanStructure.actions(plan).size(), plan.getBasis().size(), plan.getSections().size()));
		List<ImportResult.Placed> uncertain = result.uncertain();
		if (!uncertain.isEmpty()) {
			out.println(CliMessages.format("import.uncertain", uncertain.size()));
			uncertain.stream().limit(LISTED).forEach(p -> out.println("  " + p.origin().describe(chinese) + "\t"
					+ ElementPaths.describe(p.element()) + "\t" + Math.round(p.confidence() * 100) + "%"));
		}
		if (!result.unplaced().isEmpty()) {
			out.println(CliMessages.format("import.unplaced", result.unplaced().size()));
			result.unplaced().stream().limit(LISTED)
					.forEach(u -> out.println("  " + u.origin().describe(chinese) + "\t" + shortened(u.text())));
		}
		for (ImportResult.Finding f : result.findings()) {
			out.println("  " + f.origin().describe(chinese) + "\t" + f.message());
		}
	}

	private static String shortened(String text) {
		String s = text.replace('\n', ' ');
		return s.length() > 60 ? s.substring(0, 60) + "…" : s;
	}

	private static String report(ImportResult result, String output) {
		StringWriter text = new StringWriter();
		try (JsonWriter json = new JsonWriter(text)) {
			json.setIndent("  ");
			json.beginObject();
			json.name("schema").value(JSON_SCHEMA);
			json.name("source").value(result.source().file().toString());
			json.name("format").value(result.source().format().name().toLowerCase(Locale.ROOT));
			json.name("pages").value(result.source().pages());
			json.name("output").value(output);
			json.name("clean").value(result.clean());
			json.name("truncated").value(result.truncated());
			Plan plan = result.plan();
			json.name("counts").beginObject();
			json.name("strategies").value(PlanStructure.strategies(plan).size());
			json.name("methods").value(PlanStructure.methods(plan).size());
			json.name("actions").value(PlanStructure.actions(plan).size());
			json.name("citations").value(plan.getBasis().size());
			json.name("objectives").value(plan.getObjectives().size());
			json.name("sections").value(plan.getSections().size());
			json.endObject();
			json.name("elements").beginArray();
			for (ImportResult.Placed p : result.placed()) {
				json.beginObject();
				json.name("kind").value(p.why());
				json.name("element").value(ElementPaths.describe(p.element()));
				origin(json, p.origin());
				json.name("confidence").value(Math.round(p.confidence() * 100) / 100.0);
				json.name("uncertain").value(p.uncertain());
				json.endObject();
			}
			json.endArray();
			json.name("unplaced").beginArray();
			for (ImportResult.Unplaced u : result.unplaced()) {
				json.beginObject();
				json.name("text").value(u.text());
				origin(json, u.origin());
				json.endObject();
			}
			json.endArray();
			json.name("findings").beginArray();
			for (ImportResult.Finding f : result.findings()) {
				json.beginObject();
				json.name("message").value(f.message());
				origin(json, f.origin());
				json.endObject();
			}
			json.endArray();
			json.endObject();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return text + "\n";
	}

	private static void origin(JsonWriter json, Origin o) throws IOException {
		json.name("origin").beginObject();
		if (o.page() > 0) {
			json.name("page").value(o.page());
		}
		json.name("paragraph").value(o.paragraph());
		if (o.inTable()) {
			json.name("row").value(o.row());
			json.name("column").value(o.column());
		}
		json.endObject();
	}
}
