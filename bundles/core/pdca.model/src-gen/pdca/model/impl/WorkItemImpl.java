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
import org.eclipse.emf.ecore.util.EObjectResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

import pdca.model.Kpi;
import pdca.model.PdcaPackage;
import pdca.model.Unit;
import pdca.model.WorkItem;

import pdca.model.schedule.Schedule;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Work Item</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.impl.WorkItemImpl#getExpectedBenefit <em>Expected Benefit</em>}</li>
 *   <li>{@link pdca.model.impl.WorkItemImpl#getLeadOwner <em>Lead Owner</em>}</li>
 *   <li>{@link pdca.model.impl.WorkItemImpl#getCoOwners <em>Co Owners</em>}</li>
 *   <li>{@link pdca.model.impl.WorkItemImpl#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link pdca.model.impl.WorkItemImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link pdca.model.impl.WorkItemImpl#isCarriedOver <em>Carried Over</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class WorkItemImpl extends PlanElementImpl implements WorkItem {
	/**
	 * The default value of the '{@link #getExpectedBenefit() <em>Expected Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBenefit()
	 * @generated
	 * @ordered
	 */
	protected static final String EXPECTED_BENEFIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpectedBenefit() <em>Expected Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpectedBenefit()
	 * @generated
	 * @ordered
	 */
	protected String expectedBenefit = EXPECTED_BENEFIT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLeadOwner() <em>Lead Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeadOwner()
	 * @generated
	 * @ordered
	 */
	protected Unit leadOwner;

	/**
	 * The cached value of the '{@link #getCoOwners() <em>Co Owners</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCoOwners()
	 * @generated
	 * @ordered
	 */
	protected EList<Unit> coOwners;

	/**
	 * The default value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected static final Schedule SCHEDULE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchedule() <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedule()
	 * @generated
	 * @ordered
	 */
	protected Schedule schedule = SCHEDULE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

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
	protected WorkItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return PdcaPackage.Literals.WORK_ITEM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getExpectedBenefit() {
		return expectedBenefit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpectedBenefit(String newExpectedBenefit) {
		String oldExpectedBenefit = expectedBenefit;
		expectedBenefit = newExpectedBenefit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.WORK_ITEM__EXPECTED_BENEFIT, oldExpectedBenefit, expectedBenefit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Unit getLeadOwner() {
		if (leadOwner != null && leadOwner.eIsProxy()) {
			InternalEObject oldLeadOwner = (InternalEObject)leadOwner;
			leadOwner = (Unit)eResolveProxy(oldLeadOwner);
			if (leadOwner != oldLeadOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, PdcaPackage.WORK_ITEM__LEAD_OWNER, oldLeadOwner, leadOwner));
			}
		}
		return leadOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Unit basicGetLeadOwner() {
		return leadOwner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeadOwner(Unit newLeadOwner) {
		Unit oldLeadOwner = leadOwner;
		leadOwner = newLeadOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.WORK_ITEM__LEAD_OWNER, oldLeadOwner, leadOwner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Unit> getCoOwners() {
		if (coOwners == null) {
			coOwners = new EObjectResolvingEList<Unit>(Unit.class, this, PdcaPackage.WORK_ITEM__CO_OWNERS);
		}
		return coOwners;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Schedule getSchedule() {
		return schedule;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchedule(Schedule newSchedule) {
		Schedule oldSchedule = schedule;
		schedule = newSchedule;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.WORK_ITEM__SCHEDULE, oldSchedule, schedule));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectContainmentEList<Kpi>(Kpi.class, this, PdcaPackage.WORK_ITEM__KPIS);
		}
		return kpis;
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
			eNotify(new ENotificationImpl(this, Notification.SET, PdcaPackage.WORK_ITEM__CARRIED_OVER, oldCarriedOver, carriedOver));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case PdcaPackage.WORK_ITEM__KPIS:
				return ((InternalEList<?>)getKpis()).basicRemove(otherEnd, msgs);
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
			case PdcaPackage.WORK_ITEM__EXPECTED_BENEFIT:
				return getExpectedBenefit();
			case PdcaPackage.WORK_ITEM__LEAD_OWNER:
				if (resolve) return getLeadOwner();
				return basicGetLeadOwner();
			case PdcaPackage.WORK_ITEM__CO_OWNERS:
				return getCoOwners();
			case PdcaPackage.WORK_ITEM__SCHEDULE:
				return getSchedule();
			case PdcaPackage.WORK_ITEM__KPIS:
				return getKpis();
			case PdcaPackage.WORK_ITEM__CARRIED_OVER:
				return isCarriedOver();
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
			case PdcaPackage.WORK_ITEM__EXPECTED_BENEFIT:
				setExpectedBenefit((String)newValue);
				return;
			case PdcaPackage.WORK_ITEM__LEAD_OWNER:
				setLeadOwner((Unit)newValue);
				return;
			case PdcaPackage.WORK_ITEM__CO_OWNERS:
				getCoOwners().clear();
				getCoOwners().addAll((Collection<? extends Unit>)newValue);
				return;
			case PdcaPackage.WORK_ITEM__SCHEDULE:
				setSchedule((Schedule)newValue);
				return;
			case PdcaPackage.WORK_ITEM__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case PdcaPackage.WORK_ITEM__CARRIED_OVER:
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
			case PdcaPackage.WORK_ITEM__EXPECTED_BENEFIT:
				setExpectedBenefit(EXPECTED_BENEFIT_EDEFAULT);
				return;
			case PdcaPackage.WORK_ITEM__LEAD_OWNER:
				setLeadOwner((Unit)null);
				return;
			case PdcaPackage.WORK_ITEM__CO_OWNERS:
				getCoOwners().clear();
				return;
			case PdcaPackage.WORK_ITEM__SCHEDULE:
				setSchedule(SCHEDULE_EDEFAULT);
				return;
			case PdcaPackage.WORK_ITEM__KPIS:
				getKpis().clear();
				return;
			case PdcaPackage.WORK_ITEM__CARRIED_OVER:
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
			case PdcaPackage.WORK_ITEM__EXPECTED_BENEFIT:
				return EXPECTED_BENEFIT_EDEFAULT == null ? expectedBenefit != null : !EXPECTED_BENEFIT_EDEFAULT.equals(expectedBenefit);
			case PdcaPackage.WORK_ITEM__LEAD_OWNER:
				return leadOwner != null;
			case PdcaPackage.WORK_ITEM__CO_OWNERS:
				return coOwners != null && !coOwners.isEmpty();
			case PdcaPackage.WORK_ITEM__SCHEDULE:
				return SCHEDULE_EDEFAULT == null ? schedule != null : !SCHEDULE_EDEFAULT.equals(schedule);
			case PdcaPackage.WORK_ITEM__KPIS:
				return kpis != null && !kpis.isEmpty();
			case PdcaPackage.WORK_ITEM__CARRIED_OVER:
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
		result.append(" (expectedBenefit: ");
		result.append(expectedBenefit);
		result.append(", schedule: ");
		result.append(schedule);
		result.append(", carriedOver: ");
		result.append(carriedOver);
		result.append(')');
		return result.toString();
	}

} //WorkItemImpl
