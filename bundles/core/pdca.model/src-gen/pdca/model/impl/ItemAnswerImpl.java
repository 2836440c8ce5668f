/**
 */
package pdca.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import pdca.model.Choice;
import pdca.model.FormItem;
import pdca.model.ItemAnswer;
import pdca.model.PdcaPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Item Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ItemAnswerImpl#getItem <em>Item</em>}</li>
 *   <li>{@link pdca.model.impl.ItemAnswerImpl#getChecked <em>Checked</em>}</li>
 *   <li>{@link pdca.model.impl.ItemAnswerImpl#getChoice <em>Choice</em>}</li>
 *   <li>{@link pdca.model.impl.ItemAnswerImpl#getPoints <em>Points</em>}</li>
 *   <li>{@link pdca.model.impl.ItemAnswerImpl#isNotApplicable <em>Not Applicable</em>}</li>
 *   <li>{@link pdca.model.impl.ItemAnswerImpl#getNote <em>Note</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ItemAnswerImpl extends MinimalEObjectImpl.Container implements ItemAnswer {
	/**
	 * The cached value of the '{@link #getItem() <em>Item</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getItem()
	 * @generated
	 * @ordered
	 */
	protected FormItem item;

	/**
	 * The default value of the '{@link #getChecked() <em>Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecked()
	 * @generated
	 * @ordered
	 */
	protected static final Boolean CHECKED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChecked() <em>Checked</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChecked()
	 * @generated
	 * @ordered
	 */
	protected Boolean checked = CHECKED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getChoice() <em>Choice</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChoice()
	 * @generated
	 * @ordered
	 */
	protected Choice choice;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final Double POINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected Double points = POINTS_EDEFAULT;

	/**
	 * The default value of the '{@link #isNotApplicable() <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOT_APPLICABLE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isNotApplicable() <em>Not Applicable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNotApplicable()
	 * @generated
	 * @ordered
	 */
	protected boolean notApplicable = NOT_APPLICABLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNote() <em>Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected String note = NOTE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ItemAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.ITEM_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FormItem getItem() {
		if (item != null && item.eIsProxy()) {
			InternalEObject oldItem = (InternalEObject)item;
			item = (FormItem)eResolveProxy(oldItem);
			if (item != oldItem) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.ITEM_ANSWER__ITEM, oldItem, item));
			}
		}
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FormItem basicGetItem() {
		return item;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setItem(FormItem newItem) {
		FormItem oldItem = item;
		item = newItem;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.ITEM_ANSWER__ITEM, oldItem, item));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Boolean getChecked() {
		return checked;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChecked(Boolean newChecked) {
		Boolean oldChecked = checked;
		checked = newChecked;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.ITEM_ANSWER__CHECKED, oldChecked, checked));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Choice getChoice() {
		if (choice != null && choice.eIsProxy()) {
			InternalEObject oldChoice = (InternalEObject)choice;
			choice = (Choice)eResolveProxy(oldChoice);
			if (choice != oldChoice) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.ITEM_ANSWER__CHOICE, oldChoice, choice));
			}
		}
		return choice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Choice basicGetChoice() {
		return choice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChoice(Choice newChoice) {
		Choice oldChoice = choice;
		choice = newChoice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.ITEM_ANSWER__CHOICE, oldChoice, choice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Double getPoints() {
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(Double newPoints) {
		Double oldPoints = points;
		points = newPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.ITEM_ANSWER__POINTS, oldPoints, points));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNotApplicable() {
		return notApplicable;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotApplicable(boolean newNotApplicable) {
		boolean oldNotApplicable = notApplicable;
		notApplicable = newNotApplicable;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.ITEM_ANSWER__NOT_APPLICABLE, oldNotApplicable, notApplicable));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(String newNote) {
		String oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.ITEM_ANSWER__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.ITEM_ANSWER__ITEM:
				if (resolve) return getItem();
				return basicGetItem();
			case PdcaPackage.ITEM_ANSWER__CHECKED:
				return getChecked();
			case PdcaPackage.ITEM_ANSWER__CHOICE:
				if (resolve) return getChoice();
				return basicGetChoice();
			case PdcaPackage.ITEM_ANSWER__POINTS:
				return getPoints();
			case PdcaPackage.ITEM_ANSWER__NOT_APPLICABLE:
				return isNotApplicable();
			case PdcaPackage.ITEM_ANSWER__NOTE:
				return getNote();
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
			case PdcaPackage.ITEM_ANSWER__ITEM:
				setItem((FormItem)newValue);
				return;
			case PdcaPackage.ITEM_ANSWER__CHECKED:
				setChecked((Boolean)newValue);
				return;
			case PdcaPackage.ITEM_ANSWER__CHOICE:
				setChoice((Choice)newValue);
				return;
			case PdcaPackage.ITEM_ANSWER__POINTS:
				setPoints((Double)newValue);
				return;
			case PdcaPackage.ITEM_ANSWER__NOT_APPLICABLE:
				setNotApplicable((Boolean)newValue);
				return;
			case PdcaPackage.ITEM_ANSWER__NOTE:
				setNote((String)newValue);
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
			case PdcaPackage.ITEM_ANSWER__ITEM:
				setItem((FormItem)null);
				return;
			case PdcaPackage.ITEM_ANSWER__CHECKED:
				setChecked(CHECKED_EDEFAULT);
				return;
			case PdcaPackage.ITEM_ANSWER__CHOICE:
				setChoice((Choice)null);
				return;
			case PdcaPackage.ITEM_ANSWER__POINTS:
				setPoints(POINTS_EDEFAULT);
				return;
			case PdcaPackage.ITEM_ANSWER__NOT_APPLICABLE:
				setNotApplicable(NOT_APPLICABLE_EDEFAULT);
				return;
			case PdcaPackage.ITEM_ANSWER__NOTE:
				setNote(NOTE_EDEFAULT);
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
			case PdcaPackage.ITEM_ANSWER__ITEM:
				return item != null;
			case PdcaPackage.ITEM_ANSWER__CHECKED:
				return CHECKED_EDEFAULT == null ? checked != null : !CHECKED_EDEFAULT.equals(checked);
			case PdcaPackage.ITEM_ANSWER__CHOICE:
				return choice != null;
			case PdcaPackage.ITEM_ANSWER__POINTS:
				return POINTS_EDEFAULT == null ? points != null : !POINTS_EDEFAULT.equals(points);
			case PdcaPackage.ITEM_ANSWER__NOT_APPLICABLE:
				return notApplicable != NOT_APPLICABLE_EDEFAULT;
			case PdcaPackage.ITEM_ANSWER__NOTE:
				return NOTE_EDEFAULT == null ? note != null : !NOTE_EDEFAULT.equals(note);
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
		result.append(" (checked: ");
		result.append(checked);
		result.append(", points: ");
		result.append(points);
		result.append(", notApplicable: ");
		result.append(notApplicable);
		result.append(", note: ");
		result.append(note);
		result.append(')');
		return result.toString();
	}

} //ItemAnswerImpl
