/**
 */
package pdca.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import pdca.model.Choice;
import pdca.model.PdcaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Choice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ChoiceImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link pdca.model.impl.ChoiceImpl#getText <em>Text</em>}</li>
 *   <li>{@link pdca.model.impl.ChoiceImpl#getMinPoints <em>Min Points</em>}</li>
 *   <li>{@link pdca.model.impl.ChoiceImpl#getMaxPoints <em>Max Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChoiceImpl extends IdentifiedImpl implements Choice {
	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

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
	 * The default value of the '{@link #getMaxPoints() <em>Max Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPoints()
	 * @generated
	 * @ordered
	 */
	protected static final double MAX_POINTS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getMaxPoints() <em>Max Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPoints()
	 * @generated
	 * @ordered
	 */
	protected double maxPoints = MAX_POINTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChoiceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.CHOICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.CHOICE__LABEL, oldLabel, label));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.CHOICE__TEXT, oldText, text));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.CHOICE__MIN_POINTS, oldMinPoints, minPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getMaxPoints() {
		return maxPoints;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPoints(double newMaxPoints) {
		double oldMaxPoints = maxPoints;
		maxPoints = newMaxPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.CHOICE__MAX_POINTS, oldMaxPoints, maxPoints));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.CHOICE__LABEL:
				return getLabel();
			case PdcaPackage.CHOICE__TEXT:
				return getText();
			case PdcaPackage.CHOICE__MIN_POINTS:
				return getMinPoints();
			case PdcaPackage.CHOICE__MAX_POINTS:
				return getMaxPoints();
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
			case PdcaPackage.CHOICE__LABEL:
				setLabel((String)newValue);
				return;
			case PdcaPackage.CHOICE__TEXT:
				setText((String)newValue);
				return;
			case PdcaPackage.CHOICE__MIN_POINTS:
				setMinPoints((Double)newValue);
				return;
			case PdcaPackage.CHOICE__MAX_POINTS:
				setMaxPoints((Double)newValue);
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
			case PdcaPackage.CHOICE__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case PdcaPackage.CHOICE__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PdcaPackage.CHOICE__MIN_POINTS:
				setMinPoints(MIN_POINTS_EDEFAULT);
				return;
			case PdcaPackage.CHOICE__MAX_POINTS:
				setMaxPoints(MAX_POINTS_EDEFAULT);
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
			case PdcaPackage.CHOICE__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case PdcaPackage.CHOICE__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PdcaPackage.CHOICE__MIN_POINTS:
				return minPoints != MIN_POINTS_EDEFAULT;
			case PdcaPackage.CHOICE__MAX_POINTS:
				return maxPoints != MAX_POINTS_EDEFAULT;
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
		result.append(" (label: ");
		result.append(label);
		result.append(", text: ");
		result.append(text);
		result.append(", minPoints: ");
		result.append(minPoints);
		result.append(", maxPoints: ");
		result.append(maxPoints);
		result.append(')');
		return result.toString();
	}

} //ChoiceImpl
