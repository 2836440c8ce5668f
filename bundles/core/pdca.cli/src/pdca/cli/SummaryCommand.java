package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import com.google.gson.stream.JsonWriter;

import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;
import pdca.model.logic.PlanSummary;
import pdca.model.schedule.RocDate;

/**
 * {@code pdca summary FILE [--json]}: agency, year, period and the plan's figures. The JSON
 * shape is documented in docs/cli.md and kept stable.
 */
final class SummaryCommand implements Command {

	/** Version of the JSON shape; raised only when a field changes meaning or disappears. */
	static final int JSON_SCHEMA = 1;

	@Override
	public String name() {
		return "summary";
	}

	@Override
	public String summary() {
		return CliMessages.get("summary.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("summary.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--json");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) {
		if (options.files().size() != 1) {
			err.println(CliMessages.get("summary.oneFile"));
			return Cli.USAGE;
		}
		String name = options.files().get(0);
		Plan plan;
		try {
			plan = PlanFiles.load(Path.of(name));
		} catch (PlanFileException e) {
			err.println(e.describe());
			return Cli.USAGE;
		}
		PlanSummary summary = PlanSummary.of(plan);
		if (options.has("--json")) {
			out.println(json(name, plan, summary));
		} else {
			printText(plan, summary, out);
		}
		return Cli.OK;
	}

	private static void printText(Plan plan, PlanSummary s, PrintStream out) {
		out.println(CliMessages.format("summary.title", nz(plan.getTitle())));
		out.println(CliMessages.format("summary.agency", plan.getAgency() == null ? "" : nz(plan.getAgency().getName())));
		out.println(CliMessages.format("summary.year", plan.getRocYear()));
		out.println(CliMessages.format("summary.period", period(plan)));
		out.println(CliMessages.format("summary.counts", s.dimensions(), s.strategies(), s.methods(), s.actions(), s.kpis(),
				s.evaluationForms()));
		out.println(CliMessages.format("summary.quarters", s.deadlinesPerQuarter()[0], s.deadlinesPerQuarter()[1],
				s.deadlinesPerQuarter()[2], s.deadlinesPerQuarter()[3], s.ongoing(), s.unscheduled()));
		out.println(CliMessages.format("summary.owners", s.trackedItems()));
		for (Map.Entry<String, PlanSummary.OwnerLoad> e : s.itemsPerOwner().entrySet()) {
			String unit = e.getKey().equals(PlanSummary.NO_OWNER) ? CliMessages.get("summary.noOwner") : e.getKey();
			out.println(CliMessages.format("summary.owner", unit, e.getValue().lead(), e.getValue().co()));
		}
	}

	private static String period(Plan plan) {
		if (plan.getPeriod() == null) {
			return "";
		}
		if (plan.getPeriod().getStart() != null && plan.getPeriod().getEnd() != null) {
			return pdca.model.logic.Terms.date(plan.getPeriod().getStart()) + " – " + pdca.model.logic.Terms.date(plan.getPeriod().getEnd());
		}
		return nz(plan.getPeriod().getText());
	}

	static String json(String file, Plan plan, PlanSummary s) {
		StringWriter buffer = new StringWriter();
		try (JsonWriter w = new JsonWriter(buffer)) {
			w.setIndent("  ");
			w.setSerializeNulls(true);
			w.beginObject();
			w.name("schema").value(JSON_SCHEMA);
			w.name("file").value(file);
			w.name("title").value(plan.getTitle());
			w.name("agency").beginObject();
			w.name("name").value(plan.getAgency() == null ? null : plan.getAgency().getName());
			w.name("type").value(plan.getAgency() == null ? null : plan.getAgency().getType().getName());
			w.endObject();
			w.name("rocYear").value(plan.getRocYear());
			w.name("period").beginObject();
			w.name("start").value(plan.getPeriod() == null || plan.getPeriod().getStart() == null ? null
					: plan.getPeriod().getStart().toString());
			w.name("end").value(plan.getPeriod() == null || plan.getPeriod().getEnd() == null ? null
					: plan.getPeriod().getEnd().toString());
			w.name("text").value(plan.getPeriod() == null ? null : plan.getPeriod().getText());
			w.endObject();
			w.name("counts").beginObject();
			w.name("dimensions").value(s.dimensions());
			w.name("strategies").value(s.strategies());
			w.name("methods").value(s.methods());
			w.name("actions").value(s.actions());
			w.name("trackedItems").value(s.trackedItems());
			w.name("kpis").value(s.kpis());
			w.name("evaluationForms").value(s.evaluationForms());
			w.endObject();
			w.name("deadlinesPerQuarter").beginObject();
			for (int q = 1; q <= 4; q++) {
				w.name("Q" + q).value(s.deadlinesPerQuarter()[q - 1]);
			}
			w.name("ongoing").value(s.ongoing());
			w.name("unscheduled").value(s.unscheduled());
			w.endObject();
			w.name("itemsPerOwner").beginArray();
			for (Map.Entry<String, PlanSummary.OwnerLoad> e : s.itemsPerOwner().entrySet()) {
				w.beginObject();
				w.name("unit").value(e.getKey().equals(PlanSummary.NO_OWNER) ? null : e.getKey());
				w.name("lead").value(e.getValue().lead());
				w.name("co").value(e.getValue().co());
				w.endObject();
			}
			w.endArray();
			w.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return buffer.toString();
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
