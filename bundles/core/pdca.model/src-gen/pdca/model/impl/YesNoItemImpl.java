/**
 */
package pdca.model.impl;

import org.eclipse.emf.ecore.EClass;

import pdca.model.PdcaPackage;
import pdca.model.YesNoItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Yes No Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class YesNoItemImpl extends FormItemImpl implements YesNoItem {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected YesNoItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.YES_NO_ITEM;
	}

} //YesNoItemImpl
