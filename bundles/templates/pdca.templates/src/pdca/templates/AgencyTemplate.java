package pdca.templates;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import pdca.model.AgencyType;
import pdca.model.logic.KpiAchievement;
import pdca.model.Plan;
import pdca.model.io.PlanFileException;
import pdca.model.io.PlanFiles;

/**
 * An agency template: what a new yearly plan of one kind of agency starts from. Immutable.
 * <p>
 * Templates come from plug-ins through the extension point {@code pdca.templates.agencyTemplates}
 * ({@link TemplateRegistry#fromExtensions()}); outside OSGi, build them with {@link #builder(String)}.
 * The starter plan is a plan file holding the standard structure with its texts, deadlines,
 * default owner units and KPIs, the evaluation forms and the scoring scheme; it is read anew
 * each time it is needed, so changing a plan made from it never changes the template.
 */
public final class AgencyTemplate {

	/** The title pattern used when a template gives none. */
	public static final String DEFAULT_TITLE_PATTERN = "{agency}{year}年度提升服務品質執行計畫";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final String id;
	private final LocalizedText name;
	private final LocalizedText description;
	private final AgencyType agencyType;
	private final Vocabulary vocabulary;
	private final List<PlanColumn> columns;
	private final String titlePattern;
	private final ReviewCycle reviewCycle;
	private final URL starterPlan;
	private final String contributor;
	private final KpiAchievement.Thresholds kpiThresholds;

	private AgencyTemplate(Builder b) {
		this.id = b.id;
		this.name = Objects.requireNonNull(b.name, "name");
		this.description = b.description;
		this.agencyType = Objects.requireNonNull(b.agencyType, "agencyType");
		this.vocabulary = Vocabulary.of(b.levels);
		this.columns = List.copyOf(b.columns);
		this.titlePattern = b.titlePattern == null || b.titlePattern.isBlank() ? DEFAULT_TITLE_PATTERN : b.titlePattern;
		this.reviewCycle = b.reviewCycle;
		this.starterPlan = Objects.requireNonNull(b.starterPlan, "starterPlan");
		this.contributor = b.contributor;
		this.kpiThresholds = b.kpiThresholds;
	}

	/**
	 * Starts building a template, e.g. in a test or outside OSGi.
	 *
	 * @param id lower case words joined by hyphens, e.g. {@code election-commission}
	 * @return the builder
	 * @throws IllegalArgumentException if the id is not of that form
	 */
	public static Builder builder(String id) {
		if (!isValidId(id)) {
			throw new IllegalArgumentException("Template id must be lower case words joined by hyphens: " + id);
		}
		return new Builder(id);
	}

	/** {@return whether {@code id} is a valid template id: lower case letters and digits, words joined by hyphens} */
	public static boolean isValidId(String id) {
		return id != null && ID.matcher(id).matches();
	}

	/** {@return the id, recorded as the {@code templateId} of plans made from the template} */
	public String id() {
		return id;
	}

	/** {@return the name, e.g. 選舉委員會 / Election commission} */
	public LocalizedText name() {
		return name;
	}

	/** {@return a sentence or two for the New Plan wizard, if the template has one} */
	public Optional<LocalizedText> description() {
		return Optional.ofNullable(description);
	}

	/** {@return the agency type of plans made from the template} */
	public AgencyType agencyType() {
		return agencyType;
	}

	/** {@return what the plans call their levels} */
	public Vocabulary vocabulary() {
		return vocabulary;
	}

	/** {@return the columns of the plan table, in order; empty if the template names none} */
	public List<PlanColumn> columns() {
		return columns;
	}

	/** {@return the title pattern with {@code {agency}} and {@code {year}}} */
	public String titlePattern() {
		return titlePattern;
	}

	/** {@return the title of a plan of {@code agency} for {@code rocYear}, from the title pattern} */
	public String title(String agency, int rocYear) {
		return titlePattern.replace("{agency}", agency).replace("{year}", String.valueOf(rocYear));
	}

	/** {@return the template's rule for review meetings, if it has one} */
	public Optional<ReviewCycle> reviewCycle() {
		return Optional.ofNullable(reviewCycle);
	}

	/** {@return where the starter plan file is} */
	public URL starterPlanLocation() {
		return starterPlan;
	}

	/** {@return the plug-in that contributed the template, or {@code null} for one built in code} */
	public String contributor() {
		return contributor;
	}

	/**
	 * Reads the starter plan: a fresh copy on each call, with the ids as in the file. Use
	 * {@link NewPlan#fromTemplate} to make a plan from it.
	 *
	 * @return the starter plan, outside any resource set's control
	 * @throws TemplateException if the file cannot be read or is not a plan
	 */
	public Plan loadStarterPlan() throws TemplateException {
		Path temp = null;
		try {
			Path file;
			if ("file".equals(starterPlan.getProtocol())) {
				file = Path.of(starterPlan.toURI());
			} else {
				// a bundle entry (bundleentry:, jar:): copy it out so that it gets the same safe load as any plan file
				temp = Files.createTempFile("pdca-template-", ".pdca");
				try (InputStream in = starterPlan.openStream()) {
					Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
				}
				file = temp;
			}
			Plan plan = PlanFiles.load(file);
			plan.eResource().getContents().clear();
			return plan;
		} catch (PlanFileException e) {
			throw new TemplateException(id, TemplateMessages.format("template.starterUnreadable", id, e.getMessage()), e);
		} catch (IOException | URISyntaxException | IllegalArgumentException e) {
			throw new TemplateException(id, TemplateMessages.format("template.starterMissing", id, starterPlan), e);
		} finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				} catch (IOException ignored) {
					// a temporary copy in the temporary folder; harmless
				}
			}
		}
	}

	@Override
	public String toString() {
		return "AgencyTemplate[" + id + ", " + name.zhTw() + ", " + agencyType + "]";
	}

	/**
	 * The KPI thresholds plans made from the template start with (a plan's own setting wins), or empty for the
	 * default green ≥ 100 %, amber ≥ 90 %.
	 */
	public Optional<KpiAchievement.Thresholds> kpiThresholds() {
		return Optional.ofNullable(kpiThresholds);
	}

	/** Builds an {@link AgencyTemplate}. */
	public static final class Builder {

		private final String id;
		private LocalizedText name;
		private LocalizedText description;
		private AgencyType agencyType;
		private final Map<Vocabulary.Level, LocalizedText> levels = new EnumMap<>(Vocabulary.Level.class);
		private final List<PlanColumn> columns = new ArrayList<>();
		private String titlePattern;
		private ReviewCycle reviewCycle;
		private URL starterPlan;
		private String contributor;
		private KpiAchievement.Thresholds kpiThresholds;

		private Builder(String id) {
			this.id = id;
		}

		/** The name in Traditional Chinese and English (required). */
		public Builder name(String zhTw, String en) {
			this.name = new LocalizedText(zhTw, en);
			return this;
		}

		/** A sentence or two for the New Plan wizard. */
		public Builder description(String zhTw, String en) {
			this.description = new LocalizedText(zhTw, en);
			return this;
		}

		/** The agency type of the plans (required). */
		public Builder agencyType(AgencyType type) {
			this.agencyType = type;
			return this;
		}

		/** What the plans call {@code level}. */
		public Builder level(Vocabulary.Level level, String zhTw, String en) {
			levels.put(level, new LocalizedText(zhTw, en));
			return this;
		}

		/** The next column of the plan table. */
		public Builder column(String columnId, String zhTw, String en) {
			columns.add(new PlanColumn(columnId, new LocalizedText(zhTw, en)));
			return this;
		}

		/** The title pattern with {@code {agency}} and {@code {year}}. */
		public Builder titlePattern(String pattern) {
			this.titlePattern = pattern;
			return this;
		}

		/** The rule for review meetings. */
		public Builder reviewCycle(ReviewCycle cycle) {
			this.reviewCycle = cycle;
			return this;
		}

		/** Where the starter plan file is (required). */
		public Builder starterPlan(URL location) {
			this.starterPlan = location;
			return this;
		}

		/** Where the starter plan file is (required). */
		public Builder starterPlan(Path file) {
			try {
				this.starterPlan = file.toUri().toURL();
			} catch (java.net.MalformedURLException e) {
				throw new IllegalArgumentException(file.toString(), e);
			}
			return this;
		}

		/**
		 * The KPI thresholds in per cent of the target that a new plan copies: a KPI is green (met) from
		 * {@code greenPercent}, amber (near) from {@code amberPercent}, e.g. 100 and 90.
		 *
		 * @throws IllegalArgumentException unless 0 &lt; amber &le; green &le; 1000
		 */
		public Builder kpiThresholds(double greenPercent, double amberPercent) {
			if (!(amberPercent > 0 && amberPercent <= greenPercent && greenPercent <= 1000)) {
				throw new IllegalArgumentException(
						TemplateMessages.format("template.badKpiThresholds", greenPercent, amberPercent));
			}
			this.kpiThresholds = new KpiAchievement.Thresholds(greenPercent / 100.0, amberPercent / 100.0);
			return this;
		}

		/** The plug-in contributing the template. */
		public Builder contributor(String bundleName) {
			this.contributor = bundleName;
			return this;
		}

		/**
		 * {@return the template}
		 *
		 * @throws NullPointerException if the name, agency type or starter plan is missing
		 */
		public AgencyTemplate build() {
			return new AgencyTemplate(this);
		}
	}
}
