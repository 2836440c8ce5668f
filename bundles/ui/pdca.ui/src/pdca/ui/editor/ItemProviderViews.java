package pdca.ui.editor;

import java.util.Collection;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;
import org.eclipse.ui.views.properties.TextPropertyDescriptor;

/**
 * JFace's side of the plan's item providers ({@code pdca.edit.PlanItemProviders}): the trees' content and labels
 * and the Properties view's source, each asking the item provider of an element (the platform's EMF.Edit UI bundle
 * is not on Maven Central, so the few adapters it would give are here).
 */
final class ItemProviderViews {

	private ItemProviderViews() {
	}

	/** A tree of what the item providers give as children: the plan's numbered structure. */
	static ITreeContentProvider tree(AdapterFactory factory) {
		return new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return getChildren(input);
			}

			@Override
			public Object[] getChildren(Object parent) {
				Object provider = factory.adapt(parent, ITreeItemContentProvider.class);
				return provider instanceof ITreeItemContentProvider p ? p.getChildren(parent).toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				Object provider = factory.adapt(element, ITreeItemContentProvider.class);
				return provider instanceof ITreeItemContentProvider p ? p.getParent(element) : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				Object provider = factory.adapt(element, ITreeItemContentProvider.class);
				return provider instanceof ITreeItemContentProvider p && p.hasChildren(element);
			}
		};
	}

	/** The item providers' labels. */
	static LabelProvider labels(AdapterFactory factory) {
		return new LabelProvider() {
			@Override
			public String getText(Object element) {
				Object provider = factory.adapt(element, IItemLabelProvider.class);
				return provider instanceof IItemLabelProvider p ? p.getText(element) : "";
			}
		};
	}

	/** The Properties view's source for {@code object}, or null when it has no item property source. */
	static IPropertySource properties(AdapterFactory factory, Object object) {
		Object provider = factory.adapt(object, IItemPropertySource.class);
		if (!(provider instanceof IItemPropertySource source)) {
			return null;
		}
		return new IPropertySource() {
			@Override
			public Object getEditableValue() {
				return object;
			}

			@Override
			public IPropertyDescriptor[] getPropertyDescriptors() {
				Collection<IItemPropertyDescriptor> items = source.getPropertyDescriptors(object);
				return items.stream().map(item -> {
					String id = item.getId(object);
					PropertyDescriptor d = item.canSetProperty(object) ? new TextPropertyDescriptor(id, item.getDisplayName(object))
							: new PropertyDescriptor(id, item.getDisplayName(object));
					d.setCategory(item.getCategory(object));
					d.setDescription(item.getDescription(object));
					return d;
				}).toArray(IPropertyDescriptor[]::new);
			}

			@Override
			public Object getPropertyValue(Object id) {
				IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
				Object value = item == null ? null : item.getPropertyValue(object);
				return value == null ? "" : value;
			}

			@Override
			public boolean isPropertySet(Object id) {
				return false;
			}

			@Override
			public void resetPropertyValue(Object id) {
				// nothing has a default to go back to
			}

			@Override
			public void setPropertyValue(Object id, Object value) {
				IItemPropertyDescriptor item = source.getPropertyDescriptor(object, id);
				if (item != null && item.canSetProperty(object)) {
					item.setPropertyValue(object, value);
				}
			}
		};
	}
}
