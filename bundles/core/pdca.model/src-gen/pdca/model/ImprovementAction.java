/**
 */
package pdca.model;

import java.time.LocalDate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Improvement Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link pdca.model.ImprovementAction#getText <em>Text</em>}</li>
 *   <li>{@link pdca.model.ImprovementAction#getOwner <em>Owner</em>}</li>
 *   <li>{@link pdca.model.ImprovementAction#getDueDate <em>Due Date</em>}</li>
 *   <li>{@link pdca.model.ImprovementAction#getStatus <em>Status</em>}</li>
 *   <li>{@link pdca.model.ImprovementAction#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link pdca.model.ImprovementAction#getClosureNote <em>Closure Note</em>}</li>
 *   <li>{@link pdca.model.ImprovementAction#getFinding <em>Finding</em>}</li>
 *   <li>{@link pdca.model.ImprovementAction#isCarriedOver <em>Carried Over</em>}</li>
 * </ul>
 *
 * @see pdca.model.PdcaPackage#getImprovementAction()
 * @model
 * @generated
 */
public interface ImprovementAction extends Identified {
	/**
	 * Returns the value of the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Text</em>' attribute.
	 * @see #setText(String)
	 * @see pdca.model.PdcaPackage#getImprovementAction_Text()
	 * @model
	 * @generated
	 */
	String getText();

	/**
	 * Sets the value of the '{@link pdca.model.ImprovementAction#getText <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Text</em>' attribute.
	 * @see #getText()
	 * @generated
	 */
	void setText(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Unit)
	 * @see pdca.model.PdcaPackage#getImprovementAction_Owner()
	 * @model
	 * @generated
	 */
	Unit getOwner();

	/**
	 * Sets the value of the '{@link pdca.model.ImprovementAction#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Unit value);

	/**
	 * Returns the value of the '<em><b>Due Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Due Date</em>' attribute.
	 * @see #setDueDate(LocalDate)
	 * @see pdca.model.PdcaPackage#getImprovementAction_DueDate()
	 * @model dataType="pdca.model.Date"
	 * @generated
	 */
	LocalDate getDueDate();

	/**
	 * Sets the value of the '{@link pdca.model.ImprovementAction#getDueDate <em>Due Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Due Date</em>' attribute.
	 * @see #getDueDate()
	 * @generated
	 */
	void setDueDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link pdca.model.ImprovementStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see pdca.model.ImprovementStatus
	 * @see #setStatus(ImprovementStatus)
	 * @see pdca.model.PdcaPackage#getImprovementAction_Status()
	 * @model
	 * @generated
	 */
	ImprovementStatus getStatus();

	/**
	 * Sets the value of the '{@link pdca.model.ImprovementAction#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see pdca.model.ImprovementStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(ImprovementStatus value);

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(LocalDate)
	 * @see pdca.model.PdcaPackage#getImprovementAction_ClosedOn()
	 * @model dataType="pdca.model.Date"
	 * @generated
	 */
	LocalDate getClosedOn();

	/**
	 * Sets the value of the '{@link pdca.model.ImprovementAction#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closure Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closure Note</em>' attribute.
	 * @see #setClosureNote(String)
	 * @see pdca.model.PdcaPackage#getImprovementAction_ClosureNote()
	 * @model
	 * @generated
	 */
	String getClosureNote();

	/**
	 * Sets the value of the '{@link pdca.model.ImprovementAction#getClosureNote <em>Closure Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closure Note</em>' attribute.
	 * @see #getClosureNote()
	 * @generated
	 */
	void setClosureNote(String value);

	/**
	 * Returns the value of the '<em><b>Finding</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finding</em>' reference.
	 * @see #setFinding(Finding)
	 * @see pdca.model.PdcaPackage#getImprovementAction_Finding()
	 * @model
	 * @generated
	 */
	Finding getFinding();

	/**
	 * Sets the value of the '{@link pdca.model.ImprovementAction#getFinding <em>Finding</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finding</em>' reference.
	 * @see #getFinding()
	 * @generated
	 */
	void setFinding(Finding value);

	/**
	 * Returns the value of the '<em><b>Carried Over</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Carried Over</em>' attribute.
	 * @see #setCarriedOver(boolean)
	 * @see pdca.model.PdcaPackage#getImprovementAction_CarriedOver()
	 * @model
	 * @generated
	 */
	boolean isCarriedOver();

	/**
	 * Sets the value of the '{@link pdca.model.ImprovementAction#isCarriedOver <em>Carried Over</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Carried Over</em>' attribute.
	 * @see #isCarriedOver()
	 * @generated
	 */
	void setCarriedOver(boolean value);

} // ImprovementAction
