package pdca.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one campaign ({@link KillCampaignTest}, {@link PlanFuzzTest}), printed to standard output and, when
 * {@code -Dpdca.reliability.report=FILE} is given (releng/reliability/run.sh gives it), appended to that file.
 */
final class CampaignReport {

	private final String title;
	private final Map<String, Object> figures = new LinkedHashMap<>();

	CampaignReport(String title) {
		this.title = title;
	}

	CampaignReport put(String figure, Object value) {
		figures.put(figure, value);
		return this;
	}

	void print() {
		StringBuilder text = new StringBuilder("== ").append(title).append('\n');
		int width = figures.keySet().stream().mapToInt(String::length).max().orElse(0);
		figures.forEach((k, v) -> text.append("  ").append(k).append(" ".repeat(width - k.length())).append("  ")
				.append(v instanceof Number n && !(v instanceof Double) ? String.format("%,d", n.longValue()) : v).append('\n'));
		System.out.print(text);
		String report = System.getProperty("pdca.reliability.report");
		if (report != null) {
			try {
				Files.writeString(Path.of(report), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
