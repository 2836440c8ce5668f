/**
 */
package pdca.model;

import org.eclipse.emf.common.util.EList;

import pdca.model.schedule.Schedule;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Work Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.WorkItem#getExpectedBenefit <em>Expected Benefit</em>}</li>
 *   <li>{@link pdca.model.WorkItem#getLeadOwner <em>Lead Owner</em>}</li>
 *   <li>{@link pdca.model.WorkItem#getCoOwners <em>Co Owners</em>}</li>
 *   <li>{@link pdca.model.WorkItem#getSchedule <em>Schedule</em>}</li>
 *   <li>{@link pdca.model.WorkItem#getKpis <em>Kpis</em>}</li>
 *   <li>{@link pdca.model.WorkItem#isCarriedOver <em>Carried Over</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getWorkItem()
 * @model abstract="true"
 * @generated
 */
public interface WorkItem extends PlanElement {
	/**
	 * Returns the value of the '<em><b>Expected Benefit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expected Benefit</em>' attribute.
	 * @see #setExpectedBenefit(String)
	 * @see pdca.model.PdcaPackage#getWorkItem_ExpectedBenefit()
	 * @model
	 * @generated
	 */
	String getExpectedBenefit();

	/**
	 * Sets the value of the '{@link pdca.model.WorkItem#getExpectedBenefit <em>Expected Benefit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expected Benefit</em>' attribute.
	 * @see #getExpectedBenefit()
	 * @generated
	 */
	void setExpectedBenefit(String value);

	/**
	 * Returns the value of the '<em><b>Lead Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lead Owner</em>' reference.
	 * @see #setLeadOwner(Unit)
	 * @see pdca.model.PdcaPackage#getWorkItem_LeadOwner()
	 * @model
	 * @generated
	 */
	Unit getLeadOwner();

	/**
	 * Sets the value of the '{@link pdca.model.WorkItem#getLeadOwner <em>Lead Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Lead Owner</em>' reference.
	 * @see #getLeadOwner()
	 * @generated
	 */
	void setLeadOwner(Unit value);

	/**
	 * Returns the value of the '<em><b>Co Owners</b></em>' reference list.
	 * The list contents are of type {@link pdca.model.Unit}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Co Owners</em>' reference list.
	 * @see pdca.model.PdcaPackage#getWorkItem_CoOwners()
	 * @model
	 * @generated
	 */
	EList<Unit> getCoOwners();

	/**
	 * Returns the value of the '<em><b>Schedule</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Schedule</em>' attribute.
	 * @see #setSchedule(Schedule)
	 * @see pdca.model.PdcaPackage#getWorkItem_Schedule()
	 * @model dataType="pdca.model.Schedule"
	 * @generated
	 */
	Schedule getSchedule();

	/**
	 * Sets the value of the '{@link pdca.model.WorkItem#getSchedule <em>Schedule</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Schedule</em>' attribute.
	 * @see #getSchedule()
	 * @generated
	 */
	void setSchedule(Schedule value);

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getWorkItem_Kpis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Not finished last year: carried over into this year's plan by the rollover.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Carried Over</em>' attribute.
	 * @see #setCarriedOver(boolean)
	 * @see pdca.model.PdcaPackage#getWorkItem_CarriedOver()
	 * @model
	 * @generated
	 */
	boolean isCarriedOver();

	/**
	 * Sets the value of the '{@link pdca.model.WorkItem#isCarriedOver <em>Carried Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carried Over</em>' attribute.
	 * @see #isCarriedOver()
	 * @generated
	 */
	void setCarriedOver(boolean value);

} // WorkItem
