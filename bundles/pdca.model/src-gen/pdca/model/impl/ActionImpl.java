/**
 */
package pdca.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import pdca.model.Action;
import pdca.model.PdcaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ActionImpl#isCarriedOver <em>Carried Over</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ActionImpl extends WorkItemImpl implements Action {
	/**
	 * The default value of the '{@link #isCarriedOver() <em>Carried Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCarriedOver()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CARRIED_OVER_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCarriedOver() <em>Carried Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCarriedOver()
	 * @generated
	 * @ordered
	 */
	protected boolean carriedOver = CARRIED_OVER_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.ACTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCarriedOver() {
		return carriedOver;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCarriedOver(boolean newCarriedOver) {
		boolean oldCarriedOver = carriedOver;
		carriedOver = newCarriedOver;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.ACTION__CARRIED_OVER, oldCarriedOver, carriedOver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.ACTION__CARRIED_OVER:
				return isCarriedOver();
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
			case PdcaPackage.ACTION__CARRIED_OVER:
				setCarriedOver((Boolean)newValue);
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
			case PdcaPackage.ACTION__CARRIED_OVER:
				setCarriedOver(CARRIED_OVER_EDEFAULT);
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
			case PdcaPackage.ACTION__CARRIED_OVER:
				return carriedOver != CARRIED_OVER_EDEFAULT;
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
		result.append(" (carriedOver: ");
		result.append(carriedOver);
		result.append(')');
		return result.toString();
	}

} //ActionImpl
