/**
 */
package pdca.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import pdca.model.GradeBand;
import pdca.model.PdcaPackage;
import pdca.model.ScoreConsequence;
import pdca.model.ScoringScheme;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Scoring Scheme</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ScoringSchemeImpl#getName <em>Name</em>}</li>
 *   <li>{@link pdca.model.impl.ScoringSchemeImpl#getBands <em>Bands</em>}</li>
 *   <li>{@link pdca.model.impl.ScoringSchemeImpl#getConsequences <em>Consequences</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoringSchemeImpl extends IdentifiedImpl implements ScoringScheme {
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
	 * The cached value of the '{@link #getBands() <em>Bands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBands()
	 * @generated
	 * @ordered
	 */
	protected EList<GradeBand> bands;

	/**
	 * The cached value of the '{@link #getConsequences() <em>Consequences</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsequences()
	 * @generated
	 * @ordered
	 */
	protected EList<ScoreConsequence> consequences;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoringSchemeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.SCORING_SCHEME;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORING_SCHEME__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<GradeBand> getBands() {
		if (bands == null) {
			bands = new EObjectContainmentEList<GradeBand>(GradeBand.class, this, PdcaPackage.SCORING_SCHEME__BANDS);
		}
		return bands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ScoreConsequence> getConsequences() {
		if (consequences == null) {
			consequences = new EObjectContainmentEList<ScoreConsequence>(ScoreConsequence.class, this, PdcaPackage.SCORING_SCHEME__CONSEQUENCES);
		}
		return consequences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PdcaPackage.SCORING_SCHEME__BANDS:
				return ((InternalEList<?>)getBands()).basicRemove(otherEnd, msgs);
			case PdcaPackage.SCORING_SCHEME__CONSEQUENCES:
				return ((InternalEList<?>)getConsequences()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.SCORING_SCHEME__NAME:
				return getName();
			case PdcaPackage.SCORING_SCHEME__BANDS:
				return getBands();
			case PdcaPackage.SCORING_SCHEME__CONSEQUENCES:
				return getConsequences();
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
			case PdcaPackage.SCORING_SCHEME__NAME:
				setName((String)newValue);
				return;
			case PdcaPackage.SCORING_SCHEME__BANDS:
				getBands().clear();
				getBands().addAll((Collection<? extends GradeBand>)newValue);
				return;
			case PdcaPackage.SCORING_SCHEME__CONSEQUENCES:
				getConsequences().clear();
				getConsequences().addAll((Collection<? extends ScoreConsequence>)newValue);
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
			case PdcaPackage.SCORING_SCHEME__NAME:
				setName(NAME_EDEFAULT);
				return;
			case PdcaPackage.SCORING_SCHEME__BANDS:
				getBands().clear();
				return;
			case PdcaPackage.SCORING_SCHEME__CONSEQUENCES:
				getConsequences().clear();
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
			case PdcaPackage.SCORING_SCHEME__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case PdcaPackage.SCORING_SCHEME__BANDS:
				return bands != null && !bands.isEmpty();
			case PdcaPackage.SCORING_SCHEME__CONSEQUENCES:
				return consequences != null && !consequences.isEmpty();
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
		result.append(')');
		return result.toString();
	}

} //ScoringSchemeImpl
