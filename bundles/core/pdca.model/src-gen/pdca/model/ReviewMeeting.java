/**
 */
package pdca.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Review Meeting</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ReviewMeeting#getTitle <em>Title</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getDate <em>Date</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getRocYear <em>Roc Year</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getQuarter <em>Quarter</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getChair <em>Chair</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getFindings <em>Findings</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getImprovementActions <em>Improvement Actions</em>}</li>
 *   <li>{@link pdca.model.ReviewMeeting#getBaseline <em>Baseline</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getReviewMeeting()
 * @model
 * @generated
 */
public interface ReviewMeeting extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see pdca.model.PdcaPackage#getReviewMeeting_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link pdca.model.ReviewMeeting#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see pdca.model.PdcaPackage#getReviewMeeting_Date()
	 * @model dataType="pdca.model.Date"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link pdca.model.ReviewMeeting#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Roc Year</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Roc Year</em>' attribute.
	 * @see #setRocYear(int)
	 * @see pdca.model.PdcaPackage#getReviewMeeting_RocYear()
	 * @model
	 * @generated
	 */
	int getRocYear();

	/**
	 * Sets the value of the '{@link pdca.model.ReviewMeeting#getRocYear <em>Roc Year</em>}' attribute.
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
	 * @see pdca.model.PdcaPackage#getReviewMeeting_Quarter()
	 * @model
	 * @generated
	 */
	int getQuarter();

	/**
	 * Sets the value of the '{@link pdca.model.ReviewMeeting#getQuarter <em>Quarter</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quarter</em>' attribute.
	 * @see #getQuarter()
	 * @generated
	 */
	void setQuarter(int value);

	/**
	 * Returns the value of the '<em><b>Chair</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chair</em>' attribute.
	 * @see #setChair(String)
	 * @see pdca.model.PdcaPackage#getReviewMeeting_Chair()
	 * @model
	 * @generated
	 */
	String getChair();

	/**
	 * Sets the value of the '{@link pdca.model.ReviewMeeting#getChair <em>Chair</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chair</em>' attribute.
	 * @see #getChair()
	 * @generated
	 */
	void setChair(String value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' attribute list.
	 * @see pdca.model.PdcaPackage#getReviewMeeting_Attendees()
	 * @model
	 * @generated
	 */
	EList<String> getAttendees();

	/**
	 * Returns the value of the '<em><b>Findings</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Finding}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Findings</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getReviewMeeting_Findings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Finding> getFindings();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.Decision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getReviewMeeting_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Decision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Improvement Actions</b></em>' containment reference list.
	 * The list contents are of type {@link pdca.model.ImprovementAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Improvement Actions</em>' containment reference list.
	 * @see pdca.model.PdcaPackage#getReviewMeeting_ImprovementActions()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImprovementAction> getImprovementActions();

	/**
	 * Returns the value of the '<em><b>Baseline</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The baseline (a named version of the shared workspace, e.g. 第3季檢討) that holds the plan as it stood at this meeting.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Baseline</em>' attribute.
	 * @see #setBaseline(String)
	 * @see pdca.model.PdcaPackage#getReviewMeeting_Baseline()
	 * @model
	 * @generated
	 */
	String getBaseline();

	/**
	 * Sets the value of the '{@link pdca.model.ReviewMeeting#getBaseline <em>Baseline</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Baseline</em>' attribute.
	 * @see #getBaseline()
	 * @generated
	 */
	void setBaseline(String value);

} // ReviewMeeting
