/**
 */
package pdca.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import pdca.model.ConsequenceKind;
import pdca.model.GradeBand;
import pdca.model.PdcaPackage;
import pdca.model.ScoreConsequence;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Score Consequence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ScoreConsequenceImpl#getBand <em>Band</em>}</li>
 *   <li>{@link pdca.model.impl.ScoreConsequenceImpl#getMinScore <em>Min Score</em>}</li>
 *   <li>{@link pdca.model.impl.ScoreConsequenceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link pdca.model.impl.ScoreConsequenceImpl#getText <em>Text</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ScoreConsequenceImpl extends IdentifiedImpl implements ScoreConsequence {
	/**
	 * The cached value of the '{@link #getBand() <em>Band</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBand()
	 * @generated
	 * @ordered
	 */
	protected GradeBand band;

	/**
	 * The default value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected static final Double MIN_SCORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinScore() <em>Min Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinScore()
	 * @generated
	 * @ordered
	 */
	protected Double minScore = MIN_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConsequenceKind KIND_EDEFAULT = ConsequenceKind.NONE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConsequenceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ScoreConsequenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.SCORE_CONSEQUENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public GradeBand getBand() {
		if (band != null && band.eIsProxy()) {
			InternalEObject oldBand = (InternalEObject)band;
			band = (GradeBand)eResolveProxy(oldBand);
			if (band != oldBand) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.SCORE_CONSEQUENCE__BAND, oldBand, band));
			}
		}
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GradeBand basicGetBand() {
		return band;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBand(GradeBand newBand) {
		GradeBand oldBand = band;
		band = newBand;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORE_CONSEQUENCE__BAND, oldBand, band));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getMinScore() {
		return minScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinScore(Double newMinScore) {
		Double oldMinScore = minScore;
		minScore = newMinScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORE_CONSEQUENCE__MIN_SCORE, oldMinScore, minScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsequenceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConsequenceKind newKind) {
		ConsequenceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORE_CONSEQUENCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.SCORE_CONSEQUENCE__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.SCORE_CONSEQUENCE__BAND:
				if (resolve) return getBand();
				return basicGetBand();
			case PdcaPackage.SCORE_CONSEQUENCE__MIN_SCORE:
				return getMinScore();
			case PdcaPackage.SCORE_CONSEQUENCE__KIND:
				return getKind();
			case PdcaPackage.SCORE_CONSEQUENCE__TEXT:
				return getText();
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
			case PdcaPackage.SCORE_CONSEQUENCE__BAND:
				setBand((GradeBand)newValue);
				return;
			case PdcaPackage.SCORE_CONSEQUENCE__MIN_SCORE:
				setMinScore((Double)newValue);
				return;
			case PdcaPackage.SCORE_CONSEQUENCE__KIND:
				setKind((ConsequenceKind)newValue);
				return;
			case PdcaPackage.SCORE_CONSEQUENCE__TEXT:
				setText((String)newValue);
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
			case PdcaPackage.SCORE_CONSEQUENCE__BAND:
				setBand((GradeBand)null);
				return;
			case PdcaPackage.SCORE_CONSEQUENCE__MIN_SCORE:
				setMinScore(MIN_SCORE_EDEFAULT);
				return;
			case PdcaPackage.SCORE_CONSEQUENCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case PdcaPackage.SCORE_CONSEQUENCE__TEXT:
				setText(TEXT_EDEFAULT);
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
			case PdcaPackage.SCORE_CONSEQUENCE__BAND:
				return band != null;
			case PdcaPackage.SCORE_CONSEQUENCE__MIN_SCORE:
				return MIN_SCORE_EDEFAULT == null ? minScore != null : !MIN_SCORE_EDEFAULT.equals(minScore);
			case PdcaPackage.SCORE_CONSEQUENCE__KIND:
				return kind != KIND_EDEFAULT;
			case PdcaPackage.SCORE_CONSEQUENCE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
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
		result.append(" (minScore: ");
		result.append(minScore);
		result.append(", kind: ");
		result.append(kind);
		result.append(", text: ");
		result.append(text);
		result.append(')');
		return result.toString();
	}

} //ScoreConsequenceImpl
