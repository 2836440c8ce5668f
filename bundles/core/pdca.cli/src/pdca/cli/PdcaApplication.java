package pdca.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless {@code pdca} application: runs one command and exits with its status. */
public class PdcaApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
		int status;
		try {
			status = new Cli(out, err).run(args == null ? new String[0] : args);
		} catch (RuntimeException | Error e) {
			// the command line tells failures itself; this is the last guard, so that pdca never ends with a stack trace
			Cli.unexpected(args != null && args.length > 0 ? args[0] : "", null, e, args != null && java.util.Arrays.asList(args).contains(Cli.DEBUG), err);
			status = Cli.USAGE;
		}
		out.flush();
		err.flush();
		return Integer.valueOf(status);
	}

	@Override
	public void stop() {
		// a command runs to its end; nothing to interrupt
	}
}
