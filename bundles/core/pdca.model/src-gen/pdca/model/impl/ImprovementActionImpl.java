/**
 */
package pdca.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import pdca.model.Finding;
import pdca.model.ImprovementAction;
import pdca.model.ImprovementStatus;
import pdca.model.PdcaPackage;
import pdca.model.Unit;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Improvement Action</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.ImprovementActionImpl#getText <em>Text</em>}</li>
 *   <li>{@link pdca.model.impl.ImprovementActionImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link pdca.model.impl.ImprovementActionImpl#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link pdca.model.impl.ImprovementActionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link pdca.model.impl.ImprovementActionImpl#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link pdca.model.impl.ImprovementActionImpl#getClosureNote <em>Closure Note</em>}</li>
 *   <li>{@link pdca.model.impl.ImprovementActionImpl#getFinding <em>Finding</em>}</li>
 *   <li>{@link pdca.model.impl.ImprovementActionImpl#isCarriedOver <em>Carried Over</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImprovementActionImpl extends IdentifiedImpl implements ImprovementAction {
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
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Unit owner;

	/**
	 * The default value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DUE_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDueDate() <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDueDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dueDate = DUE_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ImprovementStatus STATUS_EDEFAULT = ImprovementStatus.OPEN;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected ImprovementStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosureNote() <em>Closure Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureNote()
	 * @generated
	 * @ordered
	 */
	protected static final String CLOSURE_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosureNote() <em>Closure Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosureNote()
	 * @generated
	 * @ordered
	 */
	protected String closureNote = CLOSURE_NOTE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getFinding() <em>Finding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFinding()
	 * @generated
	 * @ordered
	 */
	protected Finding finding;

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
	protected ImprovementActionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.IMPROVEMENT_ACTION;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.IMPROVEMENT_ACTION__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Unit)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.IMPROVEMENT_ACTION__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Unit newOwner) {
		Unit oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.IMPROVEMENT_ACTION__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDueDate() {
		return dueDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDueDate(LocalDate newDueDate) {
		LocalDate oldDueDate = dueDate;
		dueDate = newDueDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.IMPROVEMENT_ACTION__DUE_DATE, oldDueDate, dueDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ImprovementStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(ImprovementStatus newStatus) {
		ImprovementStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.IMPROVEMENT_ACTION__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosedOn() {
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(LocalDate newClosedOn) {
		LocalDate oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.IMPROVEMENT_ACTION__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClosureNote() {
		return closureNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosureNote(String newClosureNote) {
		String oldClosureNote = closureNote;
		closureNote = newClosureNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.IMPROVEMENT_ACTION__CLOSURE_NOTE, oldClosureNote, closureNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Finding getFinding() {
		if (finding != null && finding.eIsProxy()) {
			InternalEObject oldFinding = (InternalEObject)finding;
			finding = (Finding)eResolveProxy(oldFinding);
			if (finding != oldFinding) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.IMPROVEMENT_ACTION__FINDING, oldFinding, finding));
			}
		}
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Finding basicGetFinding() {
		return finding;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFinding(Finding newFinding) {
		Finding oldFinding = finding;
		finding = newFinding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.IMPROVEMENT_ACTION__FINDING, oldFinding, finding));
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.IMPROVEMENT_ACTION__CARRIED_OVER, oldCarriedOver, carriedOver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case PdcaPackage.IMPROVEMENT_ACTION__TEXT:
				return getText();
			case PdcaPackage.IMPROVEMENT_ACTION__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case PdcaPackage.IMPROVEMENT_ACTION__DUE_DATE:
				return getDueDate();
			case PdcaPackage.IMPROVEMENT_ACTION__STATUS:
				return getStatus();
			case PdcaPackage.IMPROVEMENT_ACTION__CLOSED_ON:
				return getClosedOn();
			case PdcaPackage.IMPROVEMENT_ACTION__CLOSURE_NOTE:
				return getClosureNote();
			case PdcaPackage.IMPROVEMENT_ACTION__FINDING:
				if (resolve) return getFinding();
				return basicGetFinding();
			case PdcaPackage.IMPROVEMENT_ACTION__CARRIED_OVER:
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
			case PdcaPackage.IMPROVEMENT_ACTION__TEXT:
				setText((String)newValue);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__OWNER:
				setOwner((Unit)newValue);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__DUE_DATE:
				setDueDate((LocalDate)newValue);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__STATUS:
				setStatus((ImprovementStatus)newValue);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__CLOSED_ON:
				setClosedOn((LocalDate)newValue);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__CLOSURE_NOTE:
				setClosureNote((String)newValue);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__FINDING:
				setFinding((Finding)newValue);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__CARRIED_OVER:
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
			case PdcaPackage.IMPROVEMENT_ACTION__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__OWNER:
				setOwner((Unit)null);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__DUE_DATE:
				setDueDate(DUE_DATE_EDEFAULT);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__CLOSURE_NOTE:
				setClosureNote(CLOSURE_NOTE_EDEFAULT);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__FINDING:
				setFinding((Finding)null);
				return;
			case PdcaPackage.IMPROVEMENT_ACTION__CARRIED_OVER:
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
			case PdcaPackage.IMPROVEMENT_ACTION__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case PdcaPackage.IMPROVEMENT_ACTION__OWNER:
				return owner != null;
			case PdcaPackage.IMPROVEMENT_ACTION__DUE_DATE:
				return DUE_DATE_EDEFAULT == null ? dueDate != null : !DUE_DATE_EDEFAULT.equals(dueDate);
			case PdcaPackage.IMPROVEMENT_ACTION__STATUS:
				return status != STATUS_EDEFAULT;
			case PdcaPackage.IMPROVEMENT_ACTION__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
			case PdcaPackage.IMPROVEMENT_ACTION__CLOSURE_NOTE:
				return CLOSURE_NOTE_EDEFAULT == null ? closureNote != null : !CLOSURE_NOTE_EDEFAULT.equals(closureNote);
			case PdcaPackage.IMPROVEMENT_ACTION__FINDING:
				return finding != null;
			case PdcaPackage.IMPROVEMENT_ACTION__CARRIED_OVER:
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
		result.append(" (text: ");
		result.append(text);
		result.append(", dueDate: ");
		result.append(dueDate);
		result.append(", status: ");
		result.append(status);
		result.append(", closedOn: ");
		result.append(closedOn);
		result.append(", closureNote: ");
		result.append(closureNote);
		result.append(", carriedOver: ");
		result.append(carriedOver);
		result.append(')');
		return result.toString();
	}

} //ImprovementActionImpl
