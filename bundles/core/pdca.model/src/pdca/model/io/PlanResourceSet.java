package pdca.model.io;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import pdca.model.PdcaPackage;

/**
 * The resource set plans are loaded into: it holds the plan files {@link PlanFiles} put in it and
 * never loads anything on its own. A reference to an element of another document stays an
 * unresolved proxy instead of being fetched (see {@link OutsideReferences}), and nothing is found
 * through the global package registry either (so a reference such as {@code urn:pdca:plan:1#//Unit}
 * cannot turn into a class of the model).
 */
final class PlanResourceSet extends ResourceSetImpl {

	PlanResourceSet() {
		setURIConverter(new NoOutsideAccess());
		getPackageRegistry().put(PdcaPackage.eNS_URI, PdcaPackage.eINSTANCE);
		getResourceFactoryRegistry().getExtensionToFactoryMap().put(PlanFiles.EXTENSION, new PlanResourceFactory());
		getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new PlanResourceFactory());
	}

	@Override
	public Resource getResource(URI uri, boolean loadOnDemand) {
		return super.getResource(uri, false);
	}

	@Override
	public EObject getEObject(URI uri, boolean loadOnDemand) {
		return super.getEObject(uri, false);
	}

	@Override
	protected Resource delegatedGetResource(URI uri, boolean loadOnDemand) {
		return null;
	}
}
