package pdca.templates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import pdca.model.Action;
import pdca.model.Dimension;
import pdca.model.Method;
import pdca.model.PlanElement;
import pdca.model.Strategy;

/**
 * What a template's plans call the levels of their structure: 策略 / 方法 (election commission),
 * 構面 / 項目 / 指標 / 內容 / 具體作法 (household registration office), 實施要項 / 推動作法 (county
 * planning department), ...
 * <p>
 * A vocabulary names the levels its plans use ({@link #levels()}); for any other level
 * {@link #name(Level)} gives the default name, so an editor always has a label.
 */
public final class Vocabulary {

	/** A level of the plan structure. */
	public enum Level {
		/** 構面: optional grouping above strategies ({@link Dimension}). */
		DIMENSION,
		/** 策略 / 實施要項 / 項目 ({@link Strategy}). */
		STRATEGY,
		/** 方法 / 推動作法 / 指標 ({@link Method}). */
		METHOD,
		/** 內容: what a method covers ({@link Method#getDescription()}). */
		DESCRIPTION,
		/** 具體作法 / 推動作法 ({@link Action}). */
		ACTION;

		/** {@return the level of a plan element}, or {@code null} for an element of no level */
		public static Level of(PlanElement element) {
			if (element instanceof Dimension) {
				return DIMENSION;
			}
			if (element instanceof Strategy) {
				return STRATEGY;
			}
			if (element instanceof Method) {
				return METHOD;
			}
			if (element instanceof Action) {
				return ACTION;
			}
			return null;
		}
	}

	/** The names the workbench uses when a template says nothing: 構面 / 策略 / 方法 / 內容 / 具體作法. */
	public static final Vocabulary DEFAULT = new Vocabulary(defaults(), List.of(Level.values()));

	private final Map<Level, LocalizedText> names;
	private final List<Level> levels;

	private Vocabulary(Map<Level, LocalizedText> names, List<Level> levels) {
		this.names = names;
		this.levels = levels;
	}

	/**
	 * A vocabulary naming the given levels; {@link #levels()} lists them in structural order.
	 *
	 * @param names the name of each level the template's plans use
	 * @return the vocabulary
	 */
	public static Vocabulary of(Map<Level, LocalizedText> names) {
		Map<Level, LocalizedText> all = defaults();
		all.putAll(names);
		List<Level> used = new ArrayList<>();
		for (Level level : Level.values()) {
			if (names.containsKey(level)) {
				used.add(level);
			}
		}
		return new Vocabulary(all, Collections.unmodifiableList(used));
	}

	private static Map<Level, LocalizedText> defaults() {
		Map<Level, LocalizedText> m = new EnumMap<>(Level.class);
		m.put(Level.DIMENSION, new LocalizedText("構面", "Dimension"));
		m.put(Level.STRATEGY, new LocalizedText("策略", "Strategy"));
		m.put(Level.METHOD, new LocalizedText("方法", "Method"));
		m.put(Level.DESCRIPTION, new LocalizedText("內容", "Description"));
		m.put(Level.ACTION, new LocalizedText("具體作法", "Action"));
		return m;
	}

	/** {@return the levels the template's plans use, in structural order (dimension first)} */
	public List<Level> levels() {
		return levels;
	}

	/** {@return whether the template's plans use {@code level}} */
	public boolean uses(Level level) {
		return levels.contains(level);
	}

	/** {@return the name of {@code level}: the template's, or the default one} */
	public LocalizedText name(Level level) {
		return names.get(level);
	}

	/** {@return the name of {@code level} in {@code locale}} */
	public String name(Level level, Locale locale) {
		return names.get(level).get(locale);
	}

	/** {@return the name of the level of {@code element} in {@code locale}}, or "" for an element of no level */
	public String nameOf(PlanElement element, Locale locale) {
		Level level = Level.of(element);
		return level == null ? "" : name(level, locale);
	}

	@Override
	public String toString() {
		StringJoiner names = new StringJoiner("/", "Vocabulary[", "]");
		for (Level level : levels) {
			names.add(this.names.get(level).zhTw());
		}
		return names.toString();
	}
}
