package pdca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;

import com.google.gson.stream.JsonWriter;

import pdca.templates.AgencyTemplate;
import pdca.templates.LocalizedText;
import pdca.templates.PlanColumn;
import pdca.templates.TemplateRegistry;
import pdca.templates.Vocabulary;

/**
 * {@code pdca templates [--json]}: the installed agency templates, one tab-separated line each
 * (id, name in Traditional Chinese, name in English, agency type), or JSON with their vocabulary
 * and table columns.
 */
final class TemplatesCommand implements Command {

	private final Templates templates;

	TemplatesCommand(Templates templates) {
		this.templates = templates;
	}

	@Override
	public String name() {
		return "templates";
	}

	@Override
	public String summary() {
		return CliMessages.get("templates.summary");
	}

	@Override
	public String help() {
		return CliMessages.get("templates.help");
	}

	@Override
	public Set<String> options() {
		return Set.of("--json");
	}

	@Override
	public int run(Options options, PrintStream out, PrintStream err) {
		if (!options.files().isEmpty()) {
			err.println(CliMessages.format("templates.noFiles", options.files().get(0)));
			return Cli.USAGE;
		}
		TemplateRegistry registry;
		try {
			registry = templates.registry(err);
		} catch (IllegalStateException e) {
			err.println(e.getMessage());
			return Cli.USAGE;
		}
		if (options.has("--json")) {
			out.println(json(registry));
			return Cli.OK;
		}
		if (registry.templates().isEmpty()) {
			err.println(CliMessages.get("templates.none"));
		}
		for (AgencyTemplate t : registry.templates()) {
			out.println(t.id() + "\t" + t.name().zhTw() + "\t" + t.name().en() + "\t" + t.agencyType().getName());
		}
		return Cli.OK;
	}

	static String json(TemplateRegistry registry) {
		StringWriter buffer = new StringWriter();
		try (JsonWriter w = new JsonWriter(buffer)) {
			w.setIndent("  ");
			w.setSerializeNulls(true);
			w.beginObject();
			w.name("schema").value(1);
			w.name("templates").beginArray();
			for (AgencyTemplate t : registry.templates()) {
				w.beginObject();
				w.name("id").value(t.id());
				w.name("name");
				text(w, t.name());
				w.name("agencyType").value(t.agencyType().getName());
				w.name("titlePattern").value(t.titlePattern());
				w.name("levels").beginArray();
				for (Vocabulary.Level level : t.vocabulary().levels()) {
					w.beginObject();
					w.name("level").value(level.name());
					w.name("zh_TW").value(t.vocabulary().name(level).zhTw());
					w.name("en").value(t.vocabulary().name(level).en());
					w.endObject();
				}
				w.endArray();
				w.name("columns").beginArray();
				for (PlanColumn c : t.columns()) {
					w.beginObject();
					w.name("id").value(c.id());
					w.name("zh_TW").value(c.header().zhTw());
					w.name("en").value(c.header().en());
					w.endObject();
				}
				w.endArray();
				w.name("reviewEveryMonths");
				if (t.reviewCycle().isPresent()) {
					w.value(t.reviewCycle().get().everyMonths());
				} else {
					w.nullValue();
				}
				w.name("contributor").value(t.contributor());
				w.endObject();
			}
			w.endArray();
			w.endObject();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return buffer.toString();
	}

	private static void text(JsonWriter w, LocalizedText text) throws IOException {
		w.beginObject();
		w.name("zh_TW").value(text.get(Locale.TRADITIONAL_CHINESE));
		w.name("en").value(text.get(Locale.ENGLISH));
		w.endObject();
	}
}
