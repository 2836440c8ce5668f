package pdca.update;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.operations.ProvisioningJob;
import org.eclipse.equinox.p2.operations.ProvisioningSession;
import org.eclipse.equinox.p2.operations.Update;
import org.eclipse.equinox.p2.operations.UpdateOperation;
import org.eclipse.equinox.p2.repository.artifact.IArtifactRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import pdca.model.i18n.MessageBundle;

/**
 * Updates this installation of the workbench from an update site (a p2 repository such as the
 * build's {@code releng/pdca.product/target/repository}, copied to the agency's intranet): finds
 * whether the site has a newer build of the installed product and installs it into the
 * installation's p2 profile. The new build is used from the next start.
 *
 * <p>Everything the user is told is in {@link Result#message()}, in the workbench's language.
 */
public final class Updater {

	/** Id of the product's installable unit (the uid of {@code pdca.product}). */
	public static final String PRODUCT_IU = "pdca.product";

	/** What a check or an installation came to. */
	public enum Outcome {
		/** The installed build is the newest on the site. */
		UP_TO_DATE,
		/** The site has a newer build ({@link Result#available()}). */
		AVAILABLE,
		/** The newer build was installed; it is used from the next start. */
		INSTALLED,
		/** It could not be done; {@link Result#message()} says why and what to do. */
		FAILED
	}

	/**
	 * The answer of {@link #check} or {@link #install}: the installed and the available version (or
	 * empty), the message for the user, and for an available update what {@link #install} needs.
	 */
	public record Result(Outcome outcome, String installed, String available, String message, UpdateOperation operation) {
	}

	private final IProvisioningAgent agent;
	private final IProfile profile;
	private final Path installFolder;

	private Updater(IProvisioningAgent agent, IProfile profile, Path installFolder) {
		this.agent = agent;
		this.profile = profile;
		this.installFolder = installFolder;
	}

	/**
	 * The updater of the running installation, or null when it cannot be updated through p2 (no
	 * p2 profile: a development or test runtime), with {@link #whyNot()} saying why.
	 */
	public static Updater ofThisInstallation() {
		IProvisioningAgent agent = runningAgent();
		if (agent == null) {
			return null;
		}
		IProfileRegistry registry = agent.getService(IProfileRegistry.class);
		IProfile profile = registry == null ? null : registry.getProfile(IProfileRegistry.SELF);
		return profile == null ? null : new Updater(agent, profile, UpdateSite.installFolder());
	}

	/** Why {@link #ofThisInstallation()} gave null, for the user. */
	public static String whyNot() {
		return UpdateMessages.update_noProfile;
	}

	/** The installed product's version, e.g. {@code 0.1.0.202612011030}. */
	public String installedVersion() {
		IInstallableUnit product = installedProduct();
		return product == null ? "" : product.getVersion().toString();
	}

	/** Looks on the site for a newer build of the installed product. */
	public Result check(URI site, IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, UpdateMessages.update_checking, 10);
		String installed = installedVersion();
		try {
			IMetadataRepositoryManager metadata = agent.getService(IMetadataRepositoryManager.class);
			IArtifactRepositoryManager artifacts = agent.getService(IArtifactRepositoryManager.class);
			boolean known = metadata.contains(site);
			IMetadataRepository repository;
			try {
				repository = metadata.loadRepository(site, progress.split(4));
			} catch (ProvisionException e) {
				return failed(installed, MessageBundle.bind(UpdateMessages.site_unreadable, site, reason(e)));
			} finally {
				if (!known) {
					// asked for, not added to the installation's list of sites
					metadata.removeRepository(site);
				}
			}
			if (repository.query(org.eclipse.equinox.p2.query.QueryUtil.createIUQuery(PRODUCT_IU), progress.split(1)).isEmpty()) {
				return failed(installed, MessageBundle.bind(UpdateMessages.update_notOurSite, site));
			}
			ProvisioningSession session = new ProvisioningSession(agent);
			UpdateOperation operation = new UpdateOperation(session);
			operation.setProfileId(profile.getProfileId());
			operation.getProvisioningContext().setMetadataRepositories(site);
			operation.getProvisioningContext().setArtifactRepositories(site);
			IStatus status = operation.resolveModal(progress.split(5));
			if (!artifacts.contains(site)) {
				artifacts.removeRepository(site);
			}
			if (status.getCode() == UpdateOperation.STATUS_NOTHING_TO_UPDATE) {
				return new Result(Outcome.UP_TO_DATE, installed, "", MessageBundle.bind(UpdateMessages.update_upToDate, installed), null);
			}
			if (status.getSeverity() == IStatus.CANCEL) {
				throw new OperationCanceledException();
			}
			if (status.getSeverity() == IStatus.ERROR || !operation.hasResolved()) {
				return failed(installed, MessageBundle.bind(UpdateMessages.update_cannotResolve, site, details(operation, status)));
			}
			String available = newestOffered(operation);
			if (available.isEmpty()) {
				return new Result(Outcome.UP_TO_DATE, installed, "", MessageBundle.bind(UpdateMessages.update_upToDate, installed), null);
			}
			return new Result(Outcome.AVAILABLE, installed, available, MessageBundle.bind(UpdateMessages.update_available, available, installed), operation);
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			return failed(installed, MessageBundle.bind(UpdateMessages.update_unexpected, reason(e)));
		} finally {
			progress.done();
		}
	}

	/**
	 * Installs the update a {@link #check} found. The installation folder must be writable by the
	 * user: an installation the IT unit manages (in Program Files, /opt, a package) is updated by the
	 * IT unit.
	 */
	public Result install(Result checked, IProgressMonitor monitor) {
		Objects.requireNonNull(checked);
		if (checked.outcome() != Outcome.AVAILABLE || checked.operation() == null) {
			return checked;
		}
		if (installFolder != null && !writable(installFolder)) {
			return failed(checked.installed(), MessageBundle.bind(UpdateMessages.update_readOnly, installFolder));
		}
		IProgressMonitor m = monitor == null ? new NullProgressMonitor() : monitor;
		try {
			startEngineServices();
			ProvisioningJob job = checked.operation().getProvisioningJob(m);
			if (job == null) {
				return failed(checked.installed(), MessageBundle.bind(UpdateMessages.update_cannotResolve, "", details(checked.operation(), checked.operation().getResolutionResult())));
			}
			IStatus status = job.runModal(m);
			if (status.getSeverity() == IStatus.CANCEL) {
				return new Result(Outcome.FAILED, checked.installed(), checked.available(), UpdateMessages.update_cancelled, null);
			}
			if (status.getSeverity() == IStatus.ERROR) {
				return failed(checked.installed(), MessageBundle.bind(UpdateMessages.update_installFailed, checked.available(), flatten(status)));
			}
			return new Result(Outcome.INSTALLED, checked.installed(), checked.available(),
					MessageBundle.bind(UpdateMessages.update_installed, checked.available(), checked.installed()), null);
		} catch (RuntimeException e) {
			return failed(checked.installed(), MessageBundle.bind(UpdateMessages.update_installFailed, checked.available(), reason(e)));
		}
	}

	private IInstallableUnit installedProduct() {
		List<IInstallableUnit> roots = profile.query(new UserVisibleRootQuery(), null).toUnmodifiableSet().stream()
				.sorted(Comparator.comparing(IInstallableUnit::getId)).toList();
		return roots.stream().filter(iu -> iu.getId().equals(PRODUCT_IU)).findFirst()
				.orElse(roots.isEmpty() ? null : roots.get(0));
	}

	/** The newest replacement version of the product among the updates chosen. */
	private static String newestOffered(UpdateOperation operation) {
		Update[] updates = operation.getSelectedUpdates();
		return Stream.of(updates).filter(u -> u.toUpdate.getId().equals(PRODUCT_IU)).map(u -> u.replacement.getVersion())
				.max(Comparator.naturalOrder()).map(Object::toString)
				.orElseGet(() -> Stream.of(updates).map(u -> u.replacement.getVersion()).max(Comparator.naturalOrder())
						.map(Object::toString).orElse(""));
	}

	private static boolean writable(Path folder) {
		if (!Files.isWritable(folder)) {
			return false;
		}
		Path plugins = folder.resolve("plugins");
		return !Files.isDirectory(plugins) || Files.isWritable(plugins);
	}

	private static Result failed(String installed, String message) {
		return new Result(Outcome.FAILED, installed, "", message, null);
	}

	private static String details(UpdateOperation operation, IStatus status) {
		String details = operation.getResolutionDetails();
		return details != null && !details.isBlank() ? details.strip() : flatten(status);
	}

	private static String flatten(IStatus status) {
		if (status == null) {
			return "";
		}
		StringBuilder text = new StringBuilder(Objects.toString(status.getMessage(), ""));
		for (IStatus child : status.getChildren()) {
			String m = flatten(child);
			if (!m.isBlank() && text.indexOf(m) < 0) {
				text.append(text.isEmpty() ? "" : "; ").append(m);
			}
		}
		if (status.getException() != null && text.isEmpty()) {
			text.append(reason(status.getException()));
		}
		return text.toString();
	}

	private static String reason(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		String message = e.getMessage() != null ? e.getMessage() : cause.toString();
		message = message.strip();
		// the messages put their own full stop after the reason
		return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
	}

	/**
	 * Bundles whose services the engine needs to change the installation's configuration (the
	 * framework manipulator) and which nothing starts at the workbench's start, to keep it quick.
	 */
	private static final List<String> ENGINE_BUNDLES = List.of("org.eclipse.equinox.frameworkadmin.equinox",
			"org.eclipse.equinox.simpleconfigurator.manipulator");

	private static void startEngineServices() {
		Bundle self = FrameworkUtil.getBundle(Updater.class);
		if (self == null || self.getBundleContext() == null) {
			return;
		}
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			if (ENGINE_BUNDLES.contains(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
				try {
					bundle.start(Bundle.START_TRANSIENT);
				} catch (BundleException e) {
					// the engine then says which service it misses
				}
			}
		}
	}

	/** The provisioning agent p2 registers for the running installation, starting p2's core if needed. */
	private static IProvisioningAgent runningAgent() {
		Bundle self = FrameworkUtil.getBundle(Updater.class);
		if (self == null || self.getBundleContext() == null) {
			return null;
		}
		BundleContext context = self.getBundleContext();
		Bundle core = FrameworkUtil.getBundle(IProvisioningAgent.class);
		if (core != null && core.getState() != Bundle.ACTIVE) {
			try {
				core.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				return null;
			}
		}
		ServiceReference<IProvisioningAgent> reference = context.getServiceReference(IProvisioningAgent.class);
		return reference == null ? null : context.getService(reference);
	}
}
