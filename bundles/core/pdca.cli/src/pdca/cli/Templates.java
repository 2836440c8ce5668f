package pdca.cli;

import java.io.PrintStream;
import java.util.function.Supplier;

import pdca.templates.TemplateProblem;
import pdca.templates.TemplateRegistry;

/** The template registry, read once and only by the commands that need it. */
final class Templates {

	private final Supplier<TemplateRegistry> source;
	private TemplateRegistry registry;

	Templates(Supplier<TemplateRegistry> source) {
		this.source = source;
	}

	/**
	 * The registry; template contributions that were left out are reported on {@code err} once.
	 *
	 * @throws IllegalStateException if no extension registry is running
	 */
	TemplateRegistry registry(PrintStream err) {
		if (registry == null) {
			registry = source.get();
			for (TemplateProblem p : registry.problems()) {
				err.println(CliMessages.format("templates.problem", p.contributor(), p.templateId(), p.message()));
			}
		}
		return registry;
	}
}
