/**
 */
package pdca.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import pdca.model.FormNode;
import pdca.model.PdcaPackage;
import pdca.model.ScoringRule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Rule</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ScoringRuleImpl#getCondition <em>Condition</em>}</li>
 *   <li>{@link pdca.model.impl.ScoringRuleImpl#getExcluded <em>Excluded</em>}</li>
 *   <li>{@link pdca.model.impl.ScoringRuleImpl#getMultiplied <em>Multiplied</em>}</li>
 *   <li>{@link pdca.model.impl.ScoringRuleImpl#getFactor <em>Factor</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringRuleImpl extends IdentifiedImpl implements ScoringRule {
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
	 * The cached value of the '{@link #getExcluded() <em>Excluded</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcluded()
	 * @generated
	 * @ordered
	 */
	protected EList<FormNode> excluded;

	/**
	 * The cached value of the '{@link #getMultiplied() <em>Multiplied</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMultiplied()
	 * @generated
	 * @ordered
	 */
	protected EList<FormNode> multiplied;

	/**
	 * The default value of the '{@link #getFactor() <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactor()
	 * @generated
	 * @ordered
	 */
	protected static final double FACTOR_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getFactor() <em>Factor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFactor()
	 * @generated
	 * @ordered
	 */
	protected double factor = FACTOR_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringRuleImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.SCORING_RULE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORING_RULE__CONDITION, oldCondition, condition));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormNode> getExcluded() {
		if (excluded == null) {
			excluded = new EObjectResolvingEList<FormNode>(FormNode.class, this, PdcaPackage.SCORING_RULE__EXCLUDED);
		}
		return excluded;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<FormNode> getMultiplied() {
		if (multiplied == null) {
			multiplied = new EObjectResolvingEList<FormNode>(FormNode.class, this, PdcaPackage.SCORING_RULE__MULTIPLIED);
		}
		return multiplied;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFactor() {
		return factor;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFactor(double newFactor) {
		double oldFactor = factor;
		factor = newFactor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORING_RULE__FACTOR, oldFactor, factor));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.SCORING_RULE__CONDITION:
				return getCondition();
			case PdcaPackage.SCORING_RULE__EXCLUDED:
				return getExcluded();
			case PdcaPackage.SCORING_RULE__MULTIPLIED:
				return getMultiplied();
			case PdcaPackage.SCORING_RULE__FACTOR:
				return getFactor();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case PdcaPackage.SCORING_RULE__CONDITION:
				setCondition((String)newValue);
				return;
			case PdcaPackage.SCORING_RULE__EXCLUDED:
				getExcluded().clear();
				getExcluded().addAll((Collection<? extends FormNode>)newValue);
				return;
			case PdcaPackage.SCORING_RULE__MULTIPLIED:
				getMultiplied().clear();
				getMultiplied().addAll((Collection<? extends FormNode>)newValue);
				return;
			case PdcaPackage.SCORING_RULE__FACTOR:
				setFactor((Double)newValue);
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
			case PdcaPackage.SCORING_RULE__CONDITION:
				setCondition(CONDITION_EDEFAULT);
				return;
			case PdcaPackage.SCORING_RULE__EXCLUDED:
				getExcluded().clear();
				return;
			case PdcaPackage.SCORING_RULE__MULTIPLIED:
				getMultiplied().clear();
				return;
			case PdcaPackage.SCORING_RULE__FACTOR:
				setFactor(FACTOR_EDEFAULT);
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
			case PdcaPackage.SCORING_RULE__CONDITION:
				return CONDITION_EDEFAULT == null ? condition != null : !CONDITION_EDEFAULT.equals(condition);
			case PdcaPackage.SCORING_RULE__EXCLUDED:
				return excluded != null && !excluded.isEmpty();
			case PdcaPackage.SCORING_RULE__MULTIPLIED:
				return multiplied != null && !multiplied.isEmpty();
			case PdcaPackage.SCORING_RULE__FACTOR:
				return factor != FACTOR_EDEFAULT;
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
		result.append(" (condition: ");
		result.append(condition);
		result.append(", factor: ");
		result.append(factor);
		result.append(')');
		return result.toString();
	}

} //ScoringRuleImpl
