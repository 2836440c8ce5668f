/**
 */
package pdca.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import pdca.model.GradeBand;
import pdca.model.PdcaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Grade Band</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.GradeBandImpl#getName <em>Name</em>}</li>
 *   <li>{@link pdca.model.impl.GradeBandImpl#getMinScore <em>Min Score</em>}</li>
 * </ul>
 *
 * @generated
 */
public class GradeBandImpl extends IdentifiedImpl implements GradeBand {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected double minScore = MIN_SCORE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GradeBandImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.GRADE_BAND;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.GRADE_BAND__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinScore() {
		return minScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinScore(double newMinScore) {
		double oldMinScore = minScore;
		minScore = newMinScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.GRADE_BAND__MIN_SCORE, oldMinScore, minScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.GRADE_BAND__NAME:
				return getName();
			case PdcaPackage.GRADE_BAND__MIN_SCORE:
				return getMinScore();
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
			case PdcaPackage.GRADE_BAND__NAME:
				setName((String)newValue);
				return;
			case PdcaPackage.GRADE_BAND__MIN_SCORE:
				setMinScore((Double)newValue);
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
			case PdcaPackage.GRADE_BAND__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PdcaPackage.GRADE_BAND__MIN_SCORE:
				setMinScore(MIN_SCORE_EDEFAULT);
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
			case PdcaPackage.GRADE_BAND__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PdcaPackage.GRADE_BAND__MIN_SCORE:
				return minScore != MIN_SCORE_EDEFAULT;
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
		result.append(" (name: ");
		result.append(name);
		result.append(", minScore: ");
		result.append(minScore);
		result.append(')');
		return result.toString();
	}

} //GradeBandImpl
