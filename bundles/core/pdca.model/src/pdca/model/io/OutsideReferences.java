package pdca.model.io;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * References from a plan to elements outside its file.
 *
 * <p>A plan file refers only to its own elements, by their ids. A reference written as a URI that
 * leads elsewhere ({@code http://host/other.pdca#u1}, {@code file:///…}, {@code \\server\share\…},
 * {@code ../other.pdca#u1}, {@code platform:/…}) is never followed: {@link PlanFiles#load} takes
 * it out of the loaded plan, so nothing outside the file is read and no screen, report or command
 * ever sees a half-known element, and records it on the element that held it. Validation reports
 * each one as an error naming the element and the reference; setting the reference anew (e.g.
 * picking another owner unit) clears the record. Saving writes the plan without them.
 */
public final class OutsideReferences {

	/**
	 * One reference that leads outside the plan file.
	 *
	 * @param element   the element holding the reference
	 * @param reference the reference (e.g. an action's lead owner)
	 * @param target    the reference as written in the file
	 */
	public record Reference(EObject element, EReference reference, String target) {
	}

	private OutsideReferences() {
	}

	/**
	 * Takes every reference to another document out of the plan in {@code resource} and records it on the element
	 * that held it. A reference that names the plan's own file ({@code plan.pdca#id}) is looked up in the file. Nothing
	 * else is resolved. The proxies' URIs are as written in the file ({@link PlanResource} loads without resolving
	 * them against the file's location).
	 */
	static void neutralise(Resource resource) {
		for (EObject root : List.copyOf(resource.getContents())) {
			for (EObject element : elements(root)) {
				neutralise(resource, element);
			}
		}
	}

	private static void neutralise(Resource resource, EObject element) {
		List<Reference> outside = new ArrayList<>();
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!considered(element, reference)) {
				continue;
			}
			if (reference.isMany()) {
				@SuppressWarnings("unchecked")
				EList<Object> list = (EList<Object>) element.eGet(reference, false);
				List<Object> stored = new ArrayList<>(values(element, reference));
				List<Reference> found = new ArrayList<>();
				for (int i = stored.size() - 1; i >= 0; i--) {
					if (stored.get(i) instanceof InternalEObject proxy && proxy.eIsProxy()) {
						EObject own = inOwnFile(resource, reference, proxy);
						if (own == null) {
							found.add(0, new Reference(element, reference, String.valueOf(proxy.eProxyURI())));
							list.remove(i);
						} else if (stored.contains(own)) {
							list.remove(i);
						} else {
							list.set(i, own);
						}
					}
				}
				outside.addAll(found);
			} else if (element.eGet(reference, false) instanceof InternalEObject proxy && proxy.eIsProxy()) {
				EObject own = inOwnFile(resource, reference, proxy);
				if (own == null) {
					outside.add(new Reference(element, reference, String.valueOf(proxy.eProxyURI())));
					element.eUnset(reference);
				} else {
					element.eSet(reference, own);
				}
			}
		}
		if (!outside.isEmpty()) {
			record(element).references.addAll(outside);
		}
	}

	/**
	 * The element a proxy written as {@code <this file's name>#id} stands for, or {@code null}. Only for a plain
	 * reference: a part of an element (containment) is written inside it, never referred to.
	 */
	private static EObject inOwnFile(Resource resource, EReference reference, InternalEObject proxy) {
		URI uri = proxy.eProxyURI();
		URI file = resource.getURI();
		if (reference.isContainment() || uri == null || file == null || uri.fragment() == null || uri.fragment().isEmpty()) {
			return null;
		}
		URI absolute = uri.isRelative() ? uri.resolve(file) : uri;
		if (!absolute.trimFragment().equals(file)) {
			return null;
		}
		EObject target = resource.getEObject(uri.fragment());
		return target != null && !target.eIsProxy() && reference.getEReferenceType().isInstance(target) ? target : null;
	}

	/** The outside references of {@code root} and everything it contains, in document order. */
	public static List<Reference> of(EObject root) {
		List<Reference> result = new ArrayList<>();
		for (EObject element : elements(root)) {
			result.addAll(on(element));
		}
		return result;
	}

	/**
	 * The outside references of {@code element} itself: those taken out when it was loaded, and any reference to an
	 * element of another document it holds now (found without resolving it).
	 */
	public static List<Reference> on(EObject element) {
		List<Reference> result = new ArrayList<>();
		Record record = (Record) EcoreUtil.getExistingAdapter(element, OutsideReferences.class);
		if (record != null) {
			result.addAll(record.references);
		}
		result.addAll(proxies(element));
		return result;
	}

	/** {@code root} and its contents, found without resolving anything. */
	private static List<EObject> elements(EObject root) {
		List<EObject> all = new ArrayList<>();
		all.add(root);
		for (TreeIterator<EObject> it = EcoreUtil.getAllProperContents(root, false); it.hasNext();) {
			EObject e = it.next();
			if (e.eIsProxy()) {
				it.prune();
			} else {
				all.add(e);
			}
		}
		return all;
	}

	/** The values of {@code element}'s references that are proxies, i.e. stand for an element of another document. */
	private static List<Reference> proxies(EObject element) {
		List<Reference> found = new ArrayList<>();
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (!considered(element, reference)) {
				continue;
			}
			for (Object value : values(element, reference)) {
				if (value instanceof InternalEObject target && target.eIsProxy()) {
					found.add(new Reference(element, reference, String.valueOf(target.eProxyURI())));
				}
			}
		}
		return found;
	}

	private static boolean considered(EObject element, EReference reference) {
		return !reference.isContainer() && !reference.isDerived() && !reference.isTransient() && element.eIsSet(reference);
	}

	/** The values of a reference as stored, without resolving proxies. */
	private static List<?> values(EObject element, EReference reference) {
		Object value = element.eGet(reference, false);
		if (reference.isMany()) {
			return value instanceof InternalEList<?> list ? list.basicList() : (List<?>) value;
		}
		return value == null ? List.of() : List.of(value);
	}

	private static Record record(EObject element) {
		Record record = (Record) EcoreUtil.getExistingAdapter(element, OutsideReferences.class);
		if (record == null) {
			record = new Record();
			element.eAdapters().add(record);
		}
		return record;
	}

	/** The outside references taken out of one element; a reference set anew is no longer reported. */
	private static final class Record extends AdapterImpl {

		final List<Reference> references = new ArrayList<>();

		@Override
		public boolean isAdapterForType(Object type) {
			return type == OutsideReferences.class;
		}

		@Override
		public void notifyChanged(Notification notification) {
			if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
					|| notification.getEventType() == Notification.RESOLVE) {
				return;
			}
			for (Iterator<Reference> it = references.iterator(); it.hasNext();) {
				if (it.next().reference() == notification.getFeature()) {
					it.remove();
				}
			}
			if (references.isEmpty() && getTarget() != null) {
				getTarget().eAdapters().remove(this);
			}
		}
	}
}
