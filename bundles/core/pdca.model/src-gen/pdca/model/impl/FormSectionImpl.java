/**
 */
package pdca.model.impl;

import org.eclipse.emf.ecore.EClass;

import pdca.model.FormSection;
import pdca.model.PdcaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Form Section</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class FormSectionImpl extends FormGroupImpl implements FormSection {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormSectionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.FORM_SECTION;
	}

} //FormSectionImpl
