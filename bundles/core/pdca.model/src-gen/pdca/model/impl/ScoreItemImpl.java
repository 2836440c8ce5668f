/**
 */
package pdca.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import pdca.model.PdcaPackage;
import pdca.model.ScoreItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ScoreItemImpl#getMinPoints <em>Min Points</em>}</li>
 *   <li>{@link pdca.model.impl.ScoreItemImpl#getDeductionRule <em>Deduction Rule</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreItemImpl extends FormItemImpl implements ScoreItem {
	/**
	 * The default value of the '{@link #getMinPoints() <em>Min Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double MIN_POINTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMinPoints() <em>Min Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinPoints()
	 * @generated
	 * @ordered
	 */
	protected double minPoints = MIN_POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDeductionRule() <em>Deduction Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductionRule()
	 * @generated
	 * @ordered
	 */
	protected static final String DEDUCTION_RULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDeductionRule() <em>Deduction Rule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDeductionRule()
	 * @generated
	 * @ordered
	 */
	protected String deductionRule = DEDUCTION_RULE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.SCORE_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMinPoints() {
		return minPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinPoints(double newMinPoints) {
		double oldMinPoints = minPoints;
		minPoints = newMinPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORE_ITEM__MIN_POINTS, oldMinPoints, minPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDeductionRule() {
		return deductionRule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeductionRule(String newDeductionRule) {
		String oldDeductionRule = deductionRule;
		deductionRule = newDeductionRule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORE_ITEM__DEDUCTION_RULE, oldDeductionRule, deductionRule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.SCORE_ITEM__MIN_POINTS:
				return getMinPoints();
			case PdcaPackage.SCORE_ITEM__DEDUCTION_RULE:
				return getDeductionRule();
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
			case PdcaPackage.SCORE_ITEM__MIN_POINTS:
				setMinPoints((Double)newValue);
				return;
			case PdcaPackage.SCORE_ITEM__DEDUCTION_RULE:
				setDeductionRule((String)newValue);
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
			case PdcaPackage.SCORE_ITEM__MIN_POINTS:
				setMinPoints(MIN_POINTS_EDEFAULT);
				return;
			case PdcaPackage.SCORE_ITEM__DEDUCTION_RULE:
				setDeductionRule(DEDUCTION_RULE_EDEFAULT);
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
			case PdcaPackage.SCORE_ITEM__MIN_POINTS:
				return minPoints != MIN_POINTS_EDEFAULT;
			case PdcaPackage.SCORE_ITEM__DEDUCTION_RULE:
				return DEDUCTION_RULE_EDEFAULT == null ? deductionRule != null : !DEDUCTION_RULE_EDEFAULT.equals(deductionRule);
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
		result.append(" (minPoints: ");
		result.append(minPoints);
		result.append(", deductionRule: ");
		result.append(deductionRule);
		result.append(')');
		return result.toString();
	}

} //ScoreItemImpl
