package pdca.update;

import java.io.PrintStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

import pdca.model.i18n.MessageBundle;

/**
 * {@code pdca-update [--check] [--site ADDRESS]}: the update of an installation without the
 * workbench, for the IT unit's scripts and for testing one build's update to the next. Exit status
 * 0 when the newest build is installed (now or already), 1 with {@code --check} when a newer build
 * is there, 2 when it could not be done (with one line saying why).
 */
public final class UpdateApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		return run(args == null ? new String[0] : args, out, err);
	}

	/** Runs the command with its arguments; returns the exit status. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		boolean checkOnly = false;
		String site = null;
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
			case "--check" -> checkOnly = true;
			case "--site" -> {
				if (i + 1 >= args.length) {
					err.println(MessageBundle.bind(UpdateMessages.app_unknownOption, args[i]));
					return 2;
				}
				site = args[++i];
			}
			case "--help", "-h" -> {
				out.println(MessageBundle.bind(UpdateMessages.app_usage, UpdateSite.FILE));
				return 0;
			}
			default -> {
				if (args[i].startsWith("-") && !args[i].startsWith("--")) {
					continue; // launcher options that reached the application (-nl, -data were taken by the launcher)
				}
				err.println(MessageBundle.bind(UpdateMessages.app_unknownOption, args[i]));
				return 2;
			}
			}
		}
		Updater updater = Updater.ofThisInstallation();
		if (updater == null) {
			err.println(Updater.whyNot());
			return 2;
		}
		out.println(MessageBundle.bind(UpdateMessages.app_installedVersion, updater.installedVersion()));
		String address = site != null ? site : UpdateSite.current();
		if (address.isBlank()) {
			err.println(MessageBundle.bind(UpdateMessages.update_noSite, UpdateSite.FILE));
			return 2;
		}
		URI uri;
		try {
			uri = UpdateSite.toUri(address);
		} catch (URISyntaxException e) {
			err.println(MessageBundle.bind(UpdateMessages.site_invalid, address, e.getReason()));
			return 2;
		}
		out.println(MessageBundle.bind(UpdateMessages.app_site, uri));
		Updater.Result checked = updater.check(uri, new NullProgressMonitor());
		switch (checked.outcome()) {
		case UP_TO_DATE -> {
			out.println(checked.message());
			return 0;
		}
		case FAILED -> {
			err.println(checked.message());
			return 2;
		}
		default -> {
			out.println(checked.message());
			if (checkOnly) {
				return 1;
			}
		}
		}
		Updater.Result done = updater.install(checked, new NullProgressMonitor());
		if (done.outcome() == Updater.Outcome.INSTALLED) {
			out.println(done.message());
			return 0;
		}
		err.println(done.message());
		return 2;
	}

	@Override
	public void stop() {
		// nothing runs in the background
	}
}
