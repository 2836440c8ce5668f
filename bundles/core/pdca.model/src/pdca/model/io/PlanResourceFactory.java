package pdca.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Creates {@link PlanResource}s for {@code .pdca} plan files. Registered for the
 * {@code pdca} extension in {@code plugin.xml}; outside OSGi, {@link PlanFiles} registers it.
 */
public class PlanResourceFactory extends XMIResourceFactoryImpl {

	@Override
	public Resource createResource(URI uri) {
		return new PlanResource(uri);
	}
}
