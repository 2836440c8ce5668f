/**
 */
package pdca.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Progress Report</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ProgressReport#getAction <em>Action</em>}</li>
 *   <li>{@link pdca.model.ProgressReport#getRocYear <em>Roc Year</em>}</li>
 *   <li>{@link pdca.model.ProgressReport#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link pdca.model.ProgressReport#getStatus <em>Status</em>}</li>
 *   <li>{@link pdca.model.ProgressReport#getProgress <em>Progress</em>}</li>
 *   <li>{@link pdca.model.ProgressReport#getNarrative <em>Narrative</em>}</li>
 *   <li>{@link pdca.model.ProgressReport#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link pdca.model.ProgressReport#getReportedBy <em>Reported By</em>}</li>
 *   <li>{@link pdca.model.ProgressReport#getReportedOn <em>Reported On</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getProgressReport()
 * @model
 * @generated
 */
public interface ProgressReport extends Identified {
	/**
	 * Returns the value of the '<em><b>Action</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action</em>' reference.
	 * @see #setAction(WorkItem)
	 * @see pdca.model.PdcaPackage#getProgressReport_Action()
	 * @model
	 * @generated
	 */
	WorkItem getAction();

	/**
	 * Sets the value of the '{@link pdca.model.ProgressReport#getAction <em>Action</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action</em>' reference.
	 * @see #getAction()
	 * @generated
	 */
	void setAction(WorkItem value);

	/**
	 * Returns the value of the '<em><b>Roc Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roc Year</em>' attribute.
	 * @see #setRocYear(int)
	 * @see pdca.model.PdcaPackage#getProgressReport_RocYear()
	 * @model
	 * @generated
	 */
	int getRocYear();

	/**
	 * Sets the value of the '{@link pdca.model.ProgressReport#getRocYear <em>Roc Year</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roc Year</em>' attribute.
	 * @see #getRocYear()
	 * @generated
	 */
	void setRocYear(int value);

	/**
	 * Returns the value of the '<em><b>Quarter</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quarter</em>' attribute.
	 * @see #setQuarter(int)
	 * @see pdca.model.PdcaPackage#getProgressReport_Quarter()
	 * @model
	 * @generated
	 */
	int getQuarter();

	/**
	 * Sets the value of the '{@link pdca.model.ProgressReport#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quarter</em>' attribute.
	 * @see #getQuarter()
	 * @generated
	 */
	void setQuarter(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link pdca.model.ActionStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see pdca.model.ActionStatus
	 * @see #setStatus(ActionStatus)
	 * @see pdca.model.PdcaPackage#getProgressReport_Status()
	 * @model
	 * @generated
	 */
	ActionStatus getStatus();

	/**
	 * Sets the value of the '{@link pdca.model.ProgressReport#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see pdca.model.ActionStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ActionStatus value);

	/**
	 * Returns the value of the '<em><b>Progress</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Progress</em>' attribute.
	 * @see #setProgress(int)
	 * @see pdca.model.PdcaPackage#getProgressReport_Progress()
	 * @model
	 * @generated
	 */
	int getProgress();

	/**
	 * Sets the value of the '{@link pdca.model.ProgressReport#getProgress <em>Progress</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Progress</em>' attribute.
	 * @see #getProgress()
	 * @generated
	 */
	void setProgress(int value);

	/**
	 * Returns the value of the '<em><b>Narrative</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Narrative</em>' attribute.
	 * @see #setNarrative(String)
	 * @see pdca.model.PdcaPackage#getProgressReport_Narrative()
	 * @model
	 * @generated
	 */
	String getNarrative();

	/**
	 * Sets the value of the '{@link pdca.model.ProgressReport#getNarrative <em>Narrative</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Narrative</em>' attribute.
	 * @see #getNarrative()
	 * @generated
	 */
	void setNarrative(String value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Evidence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getProgressReport_Evidence()
	 * @model containment="true"
	 * @generated
	 */
	EList<Evidence> getEvidence();

	/**
	 * Returns the value of the '<em><b>Reported By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported By</em>' attribute.
	 * @see #setReportedBy(String)
	 * @see pdca.model.PdcaPackage#getProgressReport_ReportedBy()
	 * @model
	 * @generated
	 */
	String getReportedBy();

	/**
	 * Sets the value of the '{@link pdca.model.ProgressReport#getReportedBy <em>Reported By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported By</em>' attribute.
	 * @see #getReportedBy()
	 * @generated
	 */
	void setReportedBy(String value);

	/**
	 * Returns the value of the '<em><b>Reported On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reported On</em>' attribute.
	 * @see #setReportedOn(LocalDate)
	 * @see pdca.model.PdcaPackage#getProgressReport_ReportedOn()
	 * @model dataType="pdca.model.Date"
	 * @generated
	 */
	LocalDate getReportedOn();

	/**
	 * Sets the value of the '{@link pdca.model.ProgressReport#getReportedOn <em>Reported On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reported On</em>' attribute.
	 * @see #getReportedOn()
	 * @generated
	 */
	void setReportedOn(LocalDate value);

} // ProgressReport
