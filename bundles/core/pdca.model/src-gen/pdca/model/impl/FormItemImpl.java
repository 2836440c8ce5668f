/**
 */
package pdca.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import pdca.model.FormItem;
import pdca.model.PdcaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Form Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.FormItemImpl#isNotApplicableAllowed <em>Not Applicable Allowed</em>}</li>
 *   <li>{@link pdca.model.impl.FormItemImpl#getCondition <em>Condition</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class FormItemImpl extends FormNodeImpl implements FormItem {
	/**
	 * The default value of the '{@link #isNotApplicableAllowed() <em>Not Applicable Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotApplicableAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_APPLICABLE_ALLOWED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNotApplicableAllowed() <em>Not Applicable Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotApplicableAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean notApplicableAllowed = NOT_APPLICABLE_ALLOWED_EDEFAULT;

	/**
	 * The default value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected static final String CONDITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCondition() <em>Condition</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCondition()
	 * @generated
	 * @ordered
	 */
	protected String condition = CONDITION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FormItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.FORM_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotApplicableAllowed() {
		return notApplicableAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotApplicableAllowed(boolean newNotApplicableAllowed) {
		boolean oldNotApplicableAllowed = notApplicableAllowed;
		notApplicableAllowed = newNotApplicableAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.FORM_ITEM__NOT_APPLICABLE_ALLOWED, oldNotApplicableAllowed, notApplicableAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCondition() {
		return condition;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCondition(String newCondition) {
		String oldCondition = condition;
		condition = newCondition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.FORM_ITEM__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.FORM_ITEM__NOT_APPLICABLE_ALLOWED:
				return isNotApplicableAllowed();
			case PdcaPackage.FORM_ITEM__CONDITION:
				return getCondition();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PdcaPackage.FORM_ITEM__NOT_APPLICABLE_ALLOWED:
				setNotApplicableAllowed((Boolean)newValue);
				return;
			case PdcaPackage.FORM_ITEM__CONDITION:
				setCondition((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case PdcaPackage.FORM_ITEM__NOT_APPLICABLE_ALLOWED:
				setNotApplicableAllowed(NOT_APPLICABLE_ALLOWED_EDEFAULT);
				return;
			case PdcaPackage.FORM_ITEM__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case PdcaPackage.FORM_ITEM__NOT_APPLICABLE_ALLOWED:
				return notApplicableAllowed != NOT_APPLICABLE_ALLOWED_EDEFAULT;
			case PdcaPackage.FORM_ITEM__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (notApplicableAllowed: ");
		result.append(notApplicableAllowed);
		result.append(", condition: ");
		result.append(condition);
		result.append(')');
		return result.toString();
	}

} //FormItemImpl
